/// The rules that turn a ledger into periods of control (issue 5 §1).
///
/// - A capture or recapture gives the place to the acting side from the event's day.
/// - A partial capture makes it contested from its day.
/// - A withdrawal hands it from the withdrawing side to the other (with exactly two sides).
/// - "Entered … and repelled" (`entered_repelled`, acting side = the repeller) makes it contested from
///   the entry (`date.earliest`) until the repulse (`date.day`), and the repeller's from then.
/// - Attacks, sieges and strikes leave the holder in place and raise that day's flags.
/// - Before its first control event a place's state comes, in this order, from a baseline naming it;
///   from what its first control event implies (a capture: the other side held it; a withdrawal or a
///   repulse: the acting side did); from an `area` baseline when the place is in the article's area;
///   from other events (an attack by one side: the other held the target; a side setting out from a
///   place: it held it); else it is unknown.
/// - A change of control whose certainty is "unconfirmed" changes nothing.
/// - A capture by an unnamed side ("the village was taken") goes to the adversary of the side that held
///   the place; when nobody is known to hold it, to the side the ledger shows taking most places.
extension ControlTimeline {
    /// Builds the timeline of `places` from `ledger`. Events at places not in `places` are ignored.
    /// - Returns: the timeline (`nil` when the ledger has no event) and what looked wrong.
    public static func build(ledger: Ledger, places: [TimelinePlace]) -> (ControlTimeline?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let sorted = ledger.events.enumerated().sorted { a, b in
            (a.element.date.day, a.offset) < (b.element.date.day, b.offset)
        }.map(\.element)
        guard var first = sorted.first?.date.day, let last = sorted.last?.date.day else { return (nil, diagnostics) }
        for e in sorted where e.type == .enteredRepelled && e.date.earliest < first { first = e.date.earliest }

        let orderedPlaces = places.sorted { $0.id < $1.id }
        var eventsByPlace: [String: [Event]] = [:]
        for e in sorted { if let id = e.placeID { eventsByPlace[id, default: []].append(e) } }
        let sideNumbers = ledger.sides.map(\.number)
        // With three or more sides, a side's adversary is the one the ledger shows most present besides
        // it (acting, or stated to hold places): in a war of government, rebels and a jihadist pocket,
        // what the rebels give up the army takes, though the text tells more of the army's deeds.
        var activity: [Int: Int] = [:]
        for e in sorted { if let s = e.side { activity[s, default: 0] += 1 } }
        for b in ledger.baseline { activity[b.side, default: 0] += 1 }
        var adversary: [Int: Int] = [:]
        for s in sideNumbers {
            let others = sideNumbers.filter { $0 != s }
            if others.count == 1 { adversary[s] = others[0]; continue }
            if let best = others.max(by: { (activity[$0] ?? 0, -$0) < (activity[$1] ?? 0, -$1) }),
                (activity[best] ?? 0) > 0
            {
                adversary[s] = best
            }
        }
        func other(_ side: Int?) -> Int? { side.flatMap { adversary[$0] } }
        // The side the ledger shows taking places most often (strictly): an unnamed side's capture of a
        // place nobody is known to hold is most likely the offensive's.
        var takes: [Int: Int] = [:]
        for e in sorted where (e.type == .capture || e.type == .recapture) && e.placeRole == .target {
            if let s = e.side { takes[s, default: 0] += 1 }
        }
        let ranked = takes.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }
        let offensive = ranked.first.flatMap { ranked.count == 1 || $0.value > ranked[1].value ? $0.key : nil }
        var placeBaseline: [String: Int] = [:]
        var areaBaseline: Int?
        for b in ledger.baseline {
            switch b.scope {
            case .area: areaBaseline = areaBaseline ?? b.side
            case let .places(ids): for id in ids where placeBaseline[id] == nil { placeBaseline[id] = b.side }
            }
        }

        var timelines: [PlaceTimeline] = []
        timelines.reserveCapacity(orderedPlaces.count)
        for place in orderedPlaces {
            let events = eventsByPlace[place.id] ?? []
            let (periods, notes) = periodsFor(
                place: place, events: events, first: first, end: last + 1, other: other, offensive: offensive,
                placeBaseline: placeBaseline[place.id], areaBaseline: place.inArticleArea ? areaBaseline : nil)
            diagnostics += notes
            timelines.append(PlaceTimeline(place: place, periods: periods))
        }
        return (ControlTimeline(first: first, last: last, places: timelines), diagnostics)
    }

    /// A change of state on a day, from one event.
    private struct Action {
        var day: Day
        var state: ControlState?  // nil: back to the state before the contest (a repulse by an unnamed side)
        var eventID: String
        /// A capture by an unnamed side: the side that did not hold the place takes it.
        var fromHolder = false
        /// The side entering, for a partial capture: entering a place it already holds changes nothing.
        var by: Int?
        /// A statement of who held the place: on its day it comes before the changes ("took the
        /// ISIL-held village" leaves it to the taker).
        var statement = false
    }

    private static func periodsFor(
        place: TimelinePlace, events: [Event], first: Day, end: Day, other: (Int?) -> Int?, offensive: Int?,
        placeBaseline: Int?, areaBaseline: Int?
    ) -> ([ControlPeriod], [Diagnostic]) {
        var notes: [Diagnostic] = []
        var actions: [Action] = []
        let firstControl = controlActions(events, other: other, into: &actions)
        let start = initialState(
            events: events, firstControl: firstControl, placeBaseline: placeBaseline, areaBaseline: areaBaseline,
            other: other, actions: &actions)
        let stretches = segments(
            of: place, actions: actions, start: start, first: first, other: other, offensive: offensive,
            notes: &notes)
        return (periods(stretches, flags: flagsByDay(events), first: first, end: end), notes)
    }

    /// Control actions in effect order: each control event read as the change it makes, so that the
    /// walk over days needs no knowledge of event types. Returns the first control event, which the
    /// state before the first action is read from.
    private static func controlActions(_ events: [Event], other: (Int?) -> Int?, into actions: inout [Action])
        -> Event?
    {
        var firstControl: Event?
        for e in events where (e.type.changesControl || e.type == .held) && e.placeRole == .target {
            // The first control event, a statement of who held the place before a change on its day
            // ("captured X, which rebels had held since 2014").
            // (Unless the statement names the side that made the change: "they took X; by night they
            // were in full control of X" is the change's outcome, not the state before it.)
            if firstControl == nil
                || (e.date.day == firstControl!.date.day && e.type == .held && firstControl!.type != .held
                    && e.side != firstControl!.side)
            {
                firstControl = e
            }
            // A change the text itself says was not confirmed ("claimed …, but the report was not
            // confirmed") is in the ledger, not on the map: the place stays as it was (though what the
            // claim implies about the state before it still holds). A denial ("disputed") is weaker
            // evidence of whose claim was denied, and stays a change.
            if e.certainty == .unconfirmed { continue }
            switch e.type {
            case .held:
                if let s = e.side {
                    actions.append(Action(day: e.date.day, state: .held(s), eventID: e.id, statement: true))
                }
            case .capture, .recapture:
                if let s = e.side {
                    actions.append(Action(day: e.date.day, state: .held(s), eventID: e.id))
                } else {
                    // "The village was taken": the adversary of the side that held it took it (when
                    // nobody is known to have held it, nothing changes).
                    actions.append(Action(day: e.date.day, state: nil, eventID: e.id, fromHolder: true))
                }
            case .partialCapture:
                actions.append(Action(day: e.date.day, state: .contested, eventID: e.id, by: e.side))
            case .withdrawal:
                if let taker = other(e.side) {
                    actions.append(Action(day: e.date.day, state: .held(taker), eventID: e.id))
                } else {
                    actions.append(Action(day: e.date.day, state: .unknown, eventID: e.id))
                }
            case .enteredRepelled:
                if e.date.earliest < e.date.day {
                    actions.append(Action(day: e.date.earliest, state: .contested, eventID: e.id))
                }
                actions.append(Action(day: e.date.day, state: e.side.map { .held($0) }, eventID: e.id))
            default:
                break
            }
        }
        // (Stable: ledger order within a day. A statement by a side that changed the place's hands that
        // day is the change's outcome, and comes after it.)
        let changedBy = Set(
            events.filter { $0.type.changesControl && $0.placeRole == .target }.compactMap { e in
                e.side.map { [e.date.day.ordinal, $0] }
            })
        func rank(_ a: Action) -> Int {
            guard a.statement else { return 1 }
            return a.state.flatMap { state -> Int? in
                guard case let .held(s) = state else { return nil }
                return changedBy.contains([a.day.ordinal, s]) ? 2 : nil
            } ?? 0
        }
        actions.sort { ($0.day, rank($0)) < ($1.day, rank($1)) }
        return firstControl
    }

    /// The state before a place's first action, with what it rests on and the events that say so.
    private struct InitialState {
        var state: ControlState = .unknown
        var basis = ControlPeriod.Basis.none
        var ids: [String] = []
    }

    /// The state before the first action, from the sources in the order the rules trust them (a
    /// baseline, the first control event, the area baseline, other events). A recapture of a place under
    /// attack adds the attack as an action, hence `actions`.
    private static func initialState(
        events: [Event], firstControl: Event?, placeBaseline: Int?, areaBaseline: Int?, other: (Int?) -> Int?,
        actions: inout [Action]
    ) -> InitialState {
        var initial = InitialState()
        // A side cannot take what it already held: a statement that it did, contradicted by its own
        // capture of the place as the first control event, gives way to what the capture implies.
        let contradicted =
            placeBaseline != nil
            && firstControl.map {
                [.capture, .recapture, .partialCapture].contains($0.type) && $0.side == placeBaseline
            } ?? false
        if let s = placeBaseline, !contradicted {
            (initial.state, initial.basis) = (.held(s), .baseline)
        } else if let e = firstControl, e.type == .recapture, let taker = e.side,
            let attack = events.first(where: {
                $0.placeRole == .target && $0.side == other(taker) && $0.date.day < e.date.day
                    && !$0.type.changesControl && !PlaceFlags(eventType: $0.type).isEmpty
            })
        {
            // "Retook" a place the other side was attacking: it held the place when the attack came,
            // and the attackers got in, or there would be nothing to retake. Contested from that
            // attack until the recapture, rather than the attackers' from the start.
            (initial.state, initial.basis, initial.ids) = (.held(taker), .impliedByOtherEvents, [attack.id])
            actions.append(Action(day: attack.date.day, state: .contested, eventID: attack.id))
            actions.sort { $0.day < $1.day }
        } else if let e = firstControl, let implied = impliedBefore(e, other: other) {
            (initial.state, initial.basis, initial.ids) = (implied, .impliedByFirstControlEvent, [e.id])
        } else if let s = areaBaseline {
            (initial.state, initial.basis) = (.held(s), .baseline)
        } else if let implied = impliedByOtherEvents(events, other: other) {
            initial = implied
        }
        return initial
    }

    /// The last resort for the state before the first action: the first event that says who held the
    /// place (an attack by one side: the other held it; a side setting out from it: that side held it).
    private static func impliedByOtherEvents(_ events: [Event], other: (Int?) -> Int?) -> InitialState? {
        for e in events {
            // (Ground taken near a place says nothing of who held the place itself.)
            if e.placeRole == .vicinity { continue }
            let implied: Int? =
                e.placeRole == .origin ? e.side : (PlaceFlags(eventType: e.type).isEmpty ? nil : other(e.side))
            if let implied {
                return InitialState(state: .held(implied), basis: .impliedByOtherEvents, ids: [e.id])
            }
        }
        return nil
    }

    /// A stretch of days in one state: (start, state, since, basis, ids).
    private struct Segment {
        var start: Day; var state: ControlState; var since: Day; var basis: ControlPeriod.Basis; var ids: [String]
    }

    /// Who holds a place while a day's actions are applied one by one; the state before a contest is
    /// kept so a repulse can restore it.
    private struct Holding {
        var state: ControlState
        var beforeContest: ControlState
        var ids: [String] = []
    }

    /// The state segments the actions make, a day at a time: all of a day's actions are applied before
    /// the day's segment is written, so a day's state is its last action's.
    private static func segments(
        of place: TimelinePlace, actions: [Action], start: InitialState, first: Day, other: (Int?) -> Int?,
        offensive: Int?, notes: inout [Diagnostic]
    ) -> [Segment] {
        var segments = [Segment(start: first, state: start.state, since: first, basis: start.basis, ids: start.ids)]
        var beforeContest = start.state
        var i = 0
        while i < actions.count {
            let day = actions[i].day
            var current = segments[segments.count - 1]
            var holding = Holding(state: current.state, beforeContest: beforeContest)
            // "troops stormed X …; X had been taken": an unnamed capture on the day of a named one is the
            // same capture told again, not the place changing hands back.
            let namedCapture = actions[i...].prefix { $0.day == day }.contains {
                !$0.fromHolder && !$0.statement && $0.by == nil && $0.state?.holder != nil
            }
            while i < actions.count && actions[i].day == day {
                apply(
                    actions[i], to: &holding, namedCapture: namedCapture, place: place, other: other,
                    offensive: offensive, notes: &notes)
                i += 1
            }
            beforeContest = holding.beforeContest
            let (state, ids) = (holding.state, holding.ids)
            let since = state == current.state ? current.since : day
            let next = Segment(
                start: day, state: state, since: since, basis: .event,
                ids: state == current.state && current.basis == .event ? current.ids + ids : ids)
            if day == current.start {
                current = next
                current.since =
                    segments.count > 1 && segments[segments.count - 2].state == state
                    ? segments[segments.count - 2].since : day
                segments[segments.count - 1] = current
            } else {
                segments.append(next)
            }
        }
        return segments
    }

    /// One action's change to who holds the place. Every action's event is recorded on the day, even one
    /// that changes nothing (a capture told again, a side entering what it holds): the map shows why.
    private static func apply(
        _ a: Action, to h: inout Holding, namedCapture: Bool, place: TimelinePlace, other: (Int?) -> Int?,
        offensive: Int?, notes: inout [Diagnostic]
    ) {
        if a.fromHolder, namedCapture {
            // (Told again: nothing changes.)
        } else if a.fromHolder {
            let holder = h.state == .contested ? h.beforeContest.holder : h.state.holder
            if let taker = other(holder) {
                h.state = .held(taker)
            } else if holder == nil, let taker = offensive {
                h.state = .held(taker)
                notes.append(
                    Diagnostic(
                        .note,
                        "\(a.eventID): \(place.name) taken by an unnamed side while nobody is known to hold it; given to the side that takes most places in the ledger (combatant\(taker))"
                    ))
            } else {
                notes.append(
                    Diagnostic(
                        .warning,
                        "\(a.eventID): \(place.name) taken by an unnamed side while nobody is known to hold it; control left unchanged"
                    ))
            }
        } else if a.state == .contested, let by = a.by, h.state == .held(by) {
            // (Entering a place the side already holds changes nothing.)
        } else {
            if a.state == .contested && h.state != .contested { h.beforeContest = h.state }
            // (An entry repelled by an unnamed side: whoever held the place before it was fought
            // over still does; a statement earlier that day says who.)
            h.state = a.state ?? (h.state == .contested ? h.beforeContest : h.state)
        }
        if !h.ids.contains(a.eventID) { h.ids.append(a.eventID) }
    }

    /// Flags per day, with the events that raised them: kept apart from the segments because flags last
    /// one day and never change who holds the place.
    private static func flagsByDay(_ events: [Event]) -> [Day: (PlaceFlags, [String])] {
        var flags: [Day: (PlaceFlags, [String])] = [:]
        for e in events where e.placeRole == .target {
            let f = PlaceFlags(eventType: e.type)
            guard !f.isEmpty else { continue }
            var entry = flags[e.date.day] ?? ([], [])
            entry.0.formUnion(f)
            entry.1.append(e.id)
            flags[e.date.day] = entry
        }
        return flags
    }

    /// Cut at every segment start and around every flagged day, then merge equal neighbours: a period is
    /// the longest run of days the map draws the same.
    private static func periods(
        _ segments: [Segment], flags: [Day: (PlaceFlags, [String])], first: Day, end: Day
    ) -> [ControlPeriod] {
        var cuts = Set(segments.map(\.start))
        for d in flags.keys where d >= first && d < end {
            cuts.insert(d)
            cuts.insert(d + 1)
        }
        cuts.insert(end)
        let bounds = cuts.filter { $0 >= first && $0 <= end }.sorted()
        var periods: [ControlPeriod] = []
        var s = 0
        for k in 0..<(bounds.count - 1) {
            let start = bounds[k], stop = bounds[k + 1]
            while s + 1 < segments.count && segments[s + 1].start <= start { s += 1 }
            let seg = segments[s]
            var f: PlaceFlags = []
            var ids = seg.ids
            if stop == start + 1, let entry = flags[start] {
                f = entry.0
                for id in entry.1 where !ids.contains(id) { ids.append(id) }
            }
            let period = ControlPeriod(
                start: start, end: stop, state: seg.state, since: seg.since, flags: f, basis: seg.basis, eventIDs: ids)
            if var previous = periods.last, previous.state == period.state, previous.since == period.since,
                previous.flags == period.flags, previous.eventIDs == period.eventIDs, previous.basis == period.basis
            {
                previous.end = stop
                periods[periods.count - 1] = previous
            } else {
                periods.append(period)
            }
        }
        return periods
    }

    /// What a place's first control event says about who held it just before.
    private static func impliedBefore(_ e: Event, other: (Int?) -> Int?) -> ControlState? {
        switch e.type {
        case .capture, .recapture, .partialCapture: return other(e.side).map { .held($0) }
        case .withdrawal, .enteredRepelled, .held: return e.side.map { .held($0) }
        default: return nil
        }
    }
}
