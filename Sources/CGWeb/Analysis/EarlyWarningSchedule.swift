/// When the early-warning loop runs the job: every `interval` seconds (webhook retries, the day turning), and
/// soon after what is stored changed — noticed by comparing a small stamp of the stored counts per city
/// (``EarlyWarningJob/changeStamp()``) every probe. A change runs the job once it has settled (the same stamp
/// on two probes in a row, so a stream of batches runs it once, not per batch), or at the latest
/// `maximumDelay` seconds after it was first seen. Pure: the loop feeds it times and stamps.
struct EarlyWarningSchedule: Sendable {
    let interval: Double
    let maximumDelay: Double
    private var lastRun: Double?
    private var ranStamp: String?
    private var lastProbe: String?
    private var changedSince: Double?

    init(interval: Double, maximumDelay: Double = 60) {
        self.interval = interval
        self.maximumDelay = maximumDelay
    }

    /// Whether to run at `now` (seconds on a monotonic clock), given the stamp just probed (nil: not probed or
    /// the probe failed).
    func isDue(now: Double, stamp: String?) -> Bool {
        guard let lastRun else { return true }
        if now - lastRun >= interval { return true }
        guard let stamp, stamp != ranStamp else { return false }
        if stamp == lastProbe { return true }
        if let changedSince, now - changedSince >= maximumDelay { return true }
        return false
    }

    /// Records a probe that did not lead to a run.
    mutating func probed(now: Double, stamp: String?) {
        guard let stamp else { return }
        if stamp != ranStamp, changedSince == nil { changedSince = now }
        lastProbe = stamp
    }

    /// Records a run started at `now` after probing `stamp` (what the run will see, at least).
    mutating func ran(now: Double, stamp: String?) {
        lastRun = now
        if let stamp { ranStamp = stamp }
        lastProbe = stamp
        changedSince = nil
    }
}
