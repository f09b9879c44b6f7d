/// A candidate position for a label: the text anchor point and alignment.
struct LabelCandidate: Sendable {
    var x: Double
    var y: Double
    /// `start`, `middle` or `end`.
    var anchor: String
}
