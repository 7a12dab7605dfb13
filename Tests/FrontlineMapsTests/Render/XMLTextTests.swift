import Testing

@testable import FrontlineMaps

/// The pictures' fast text paths say exactly what the general ones say.
@Suite("XML text")
struct XMLTextTests {
    @Test(
        "px gives JSONValue.format's one-decimal text",
        arguments: [0.0, -0.0, 0.04, 0.05, -0.05, 1.25, 12.0, 812.96, -3.449, 1e16, 123456.75])
    func px(_ v: Double) {
        #expect(XMLText.px(v) == JSONValue.format(v, digits: 1))
    }

    @Test("names without special characters come back as they are; others are escaped")
    func escape() {
        #expect(XMLText.escape("Kafr Nabudah") == "Kafr Nabudah")
        #expect(XMLText.escape("Ma'an <East> & \"co\"") == "Ma&apos;an &lt;East&gt; &amp; &quot;co&quot;")
        #expect(XMLText.escape("a\u{1}b\u{FFFE}c\nd") == "abc&#10;d")
        #expect(XMLText.escape("Ḥamāh ﻿") == "Ḥamāh ﻿")
    }
}
