import Crypto
import Foundation

/// Keyed pseudonyms of online authors (issue 5, "privacy at the door"): the author id is replaced by an HMAC
/// before anything is stored.
///
/// The same author on the same source always gets the same pseudonym, so messages can be deduplicated and counted
/// per author without knowing who the author is. Without the master key a pseudonym can't be reversed, nor
/// recomputed from a guessed id; the same id on two sources gets unrelated pseudonyms.
public struct Pseudonymizer: Sendable {
    private let key: SymmetricKey

    /// A pseudonymizer keyed with `masterKey`'s ``KeyPurpose/pseudonym`` subkey.
    public init(masterKey: MasterKey) {
        self.key = masterKey.subkey(for: .pseudonym)
    }

    /// The pseudonym of `authorID` on `source` (both compared exactly, as given): 32 lowercase hex digits
    /// (the first 128 bits of HMAC-SHA256).
    public func pseudonym(authorID: String, source: String) -> String {
        var encoder = CanonicalEncoder(domain: "commonground/pseudonym/v1")
        encoder.append(source)
        encoder.append(authorID)
        let mac = HMAC<SHA256>.authenticationCode(for: encoder.bytes, using: key)
        return Hex.encode(Array(mac).prefix(16))
    }
}
