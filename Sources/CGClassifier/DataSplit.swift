/// The deterministic train/dev split: a message goes to dev when the hash of its lower-cased text falls in
/// the bottom `devPercent` of the range, so the same text always lands on the same side.
public enum DataSplit {
    /// Whether `text` belongs to the dev split.
    public static func isDev(_ text: String, devPercent: Int = 15) -> Bool {
        FNV.finish(FNV.hash(text.lowercased())) % 100 < UInt64(devPercent)
    }

    /// Splits examples into (train, dev). Synthetic examples always train (the functional suite is the
    /// held-out set for those).
    public static func split(_ examples: [LabeledExample], devPercent: Int = 15) -> ([LabeledExample], [LabeledExample]) {
        var train: [LabeledExample] = []
        var dev: [LabeledExample] = []
        for e in examples {
            if e.source != "synthetic" && isDev(e.text, devPercent: devPercent) { dev.append(e) } else { train.append(e) }
        }
        return (train, dev)
    }
}
