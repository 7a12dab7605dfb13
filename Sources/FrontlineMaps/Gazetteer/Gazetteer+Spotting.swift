extension Gazetteer {
    public func spot(in text: String) -> [PlaceSpot] { [] }
}
