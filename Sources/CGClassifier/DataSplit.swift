/// The deterministic train/dev split: a message goes to dev when the hash of its lower-cased text falls in
/// the bottom `devPercent` of the range, so the same text always lands on the same side.
public enum DataSplit {
    /// Whether `text` belongs to the dev split.
    public static func isDev(_ text: String, devPercent: Int = 15) -> Bool {
        FNV.finish(FNV.hash(text.lowercased())) % 100 < UInt64(devPercent)
    }

    /// Whether `text` belongs to the calibration slice: the `calibrationPercent` of the hash range just above dev,
    /// taken out of training so that Platt scaling and the threshold are fitted on data the weights never saw.
    public static func isCalibration(_ text: String, devPercent: Int = 15, calibrationPercent: Int) -> Bool {
        let bucket = FNV.finish(FNV.hash(text.lowercased())) % 100
        return bucket >= UInt64(devPercent) && bucket < UInt64(devPercent + calibrationPercent)
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
