/// An area's expected daily count during a city-wide spike: its rate over the weeks before the spike's reach
/// (messages against the group per message of any kind, plus half a message so a quiet history does not
/// expect nothing), times each day's volume. Pooled over all the weeks' days rather than per weekday, because
/// an area's counts are small: six same-weekday values estimate a rate of 0.3 a day far too roughly, while the
/// volume already carries the weekly rhythm.
enum AreaRate {
    /// Fills `expected[days]` and returns the history's count and volume (what the rate pooled, without the
    /// half message and without `borrowed`); nil (nothing filled) when `history` is empty or holds no volume.
    /// `borrowed` (messages, volume), when given, is added to the history as extra evidence of the rate (the
    /// city's rate for the group, ``CityRatePrior``): `(count + borrowed count + ½) / (volume + borrowed volume)`.
    /// Without a volume, the rate is per day.
    static func fill(
        _ expected: inout [Double], counts: [Double], volume: [Double]?, history: Range<Int>, days: ClosedRange<Int>,
        borrowed: (count: Double, volume: Double)? = nil
    ) -> (count: Double, volume: Double)? {
        guard !history.isEmpty else { return nil }
        var hateful = 0.0, messages = 0.0
        for t in history {
            hateful += counts[t]
            messages += volume?[t] ?? 1
        }
        guard messages > 0 else { return nil }
        let rate = (hateful + (borrowed?.count ?? 0) + 0.5) / (messages + (borrowed?.volume ?? 0))
        for t in days { expected[t] = rate * (volume?[t] ?? 1) }
        return (hateful, messages)
    }
}
