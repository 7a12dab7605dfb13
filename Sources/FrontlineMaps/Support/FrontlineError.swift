/// An error that stops a run, by what went wrong, each with the diagnostic to show (message, and the
/// `file:line:col` and line of the input to fix when there is one).
///
/// Callers (and tests) tell the cases apart; only the diagnostic's text is for people. What a user
/// can change to get past the error is a `Hint`, worded by whoever shows the error: the library
/// names its own settings, the command-line tool its flags.
public enum FrontlineError: Error, Sendable, CustomStringConvertible {
    /// An input file is wrong or unreadable: the article, a ledger, a lexicon, an extra gazetteer.
    case input(Diagnostic, hint: Hint? = nil)
    /// Frontline's data folder (`gazetteer/`) is missing or broken.
    case data(Diagnostic, hint: Hint? = nil)
    /// A CRS PROJ does not know or that is not metric, or a place PROJ cannot project.
    case projection(Diagnostic, hint: Hint? = nil)
    /// GEOS failed on the cells.
    case geometry(Diagnostic, hint: Hint? = nil)
    /// The events span more days than a map may cover: most likely one wrong date.
    case spanTooLong(Diagnostic, hint: Hint? = nil)
    /// Nothing can be placed in time: no dated sentence, no dated event.
    case nothingToMap(Diagnostic, hint: Hint? = nil)
    /// The output folder or file cannot be used, or standard output cannot be written.
    case output(Diagnostic, hint: Hint? = nil)

    /// What the user can change to get past an error; `FrontlineError.description` words it for a
    /// library user, the command-line tool for its flags.
    public enum Hint: Hashable, Sendable {
        /// Allow a map over this many days (`MapOptions.maxDays`).
        case allowDays(Int)
        /// Choose a projected CRS that covers the places named before ("it", "them").
        case chooseCRS(covering: String)
        /// Check the CRS given, as well as the places.
        case checkCRS
        /// The given CRS is named first, and leaving it unset is the way out (`uses UTM` when the
        /// message should say that unset gives the places' UTM zone).
        case givenCRS(usesUTM: Bool)
        /// The output folder is refused: a folder of their own, another folder, or (`orAnother`)
        /// wait or another folder.
        case ownOutputFolder, anotherOutputFolder, orAnotherOutputFolder
        /// The output file is a folder: give a file name.
        case outputFileName
        /// The data folder given is named first.
        case givenDataFolder
        /// Where the data folder can be given.
        case dataFolder
        /// Rebuild the data folder's generated files.
        case rebuildData
        /// Build the gazetteer, or give the folder that holds it.
        case buildData
        /// Give a ledger instead of extracting events.
        case giveLedger
    }

    /// A bad input (the common case), as every stage before this type had cases threw it.
    public init(_ message: String, at location: SourceLocation? = nil, sourceLine: String? = nil) {
        self = .input(Diagnostic(.error, message, at: location, sourceLine: sourceLine))
    }

    /// The diagnostic as the library words it (hint included).
    public var diagnostic: Diagnostic {
        var d = parts.diagnostic
        if let hint = parts.hint { d.message = hint.wrap(d.message, forCommandLine: false) }
        return d
    }

    /// The diagnostic without the hint, and the hint.
    public var parts: (diagnostic: Diagnostic, hint: Hint?) {
        switch self {
        case let .input(d, h), let .data(d, h), let .projection(d, h), let .geometry(d, h), let .spanTooLong(d, h),
            let .nothingToMap(d, h), let .output(d, h):
            return (d, h)
        }
    }

    public var description: String { diagnostic.description }
}

extension FrontlineError.Hint {
    /// `message` with the hint worded in: for the command line (flags) or for a library user
    /// (`MapOptions` and `DataDirectory` names).
    public func wrap(_ message: String, forCommandLine cli: Bool) -> String {
        switch self {
        case let .allowDays(n):
            return message
                + (cli
                    ? ", or pass --max-days \(n) to map them all"
                    : ", or set MapOptions.maxDays to \(n) to map them all")
        case let .chooseCRS(what):
            return message
                + ", or \(cli ? "pass --crs with" : "set MapOptions.crs to") a projected CRS that covers \(what)"
        case .checkCRS:
            return message + (cli ? " and --crs" : " and MapOptions.crs")
        case let .givenCRS(usesUTM):
            let leave = cli ? "leave --crs out" : "leave MapOptions.crs nil"
            return (cli ? "--crs " : "MapOptions.crs ") + message + ", or \(leave)"
                + (usesUTM ? " to get the UTM zone of the places" : "")
        case .ownOutputFolder:
            return message + (cli ? "; give --out a folder of their own" : "; give the maps a folder of their own")
        case .anotherOutputFolder:
            return message + (cli ? "; choose another --out" : "; choose another output folder")
        case .orAnotherOutputFolder:
            return message + (cli ? ", or choose another --out" : ", or choose another output folder")
        case .outputFileName:
            return message + (cli ? "; give --out a file name" : "; give a file name")
        case .givenDataFolder:
            return (cli ? "--data " : "the data folder ") + message
        case .dataFolder:
            return message
                + (cli
                    ? " or pass --data DIR (or set FRONTLINE_DATA)"
                    : " or pass the folder to DataDirectory.locate (or set FRONTLINE_DATA)")
        case .rebuildData:
            return message + (cli ? "; rebuild it with `make gazetteer`" : "; rebuild it with gazetteer/build.py")
        case .buildData:
            return message
                + (cli
                    ? "; run `make gazetteer` (python3 gazetteer/build.py) or pass the folder that holds places.tsv"
                    : "; build it with gazetteer/build.py, or give the folder that holds places.tsv")
        case .giveLedger:
            return message
                + (cli ? " or pass a ledger with --ledger" : " or map from a ledger (Frontline.map(ledger:article:))")
        }
    }
}
