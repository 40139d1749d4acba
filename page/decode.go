package page

import (
	"bytes"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Decoded is an input as UTF-8 text, with the character encoding it came in.
type Decoded struct {
	// Text is the input as UTF-8. When Converted is false it is the input's bytes
	// unchanged, so spans into it index the input as given; otherwise spans index
	// Text, and a client that shows them must keep it.
	Text string
	// Charset is the encoding the input was read as, by its WHATWG name ("utf-8",
	// "utf-16le", "windows-1252", ...).
	Charset string
	// Converted is true when the bytes were not UTF-8 and Text was made from them.
	Converted bool
}

// sniffLen is how much of the input the UTF-16 and <meta charset> checks look at, as
// browsers do.
const sniffLen = 1024

// Decode reads input as text in the encoding it says or shows, deciding in this order:
// a byte-order mark (UTF-8, UTF-16LE, UTF-16BE); the charset parameter of contentType
// (an HTTP Content-Type such as "text/plain; charset=iso-8859-1", or ""); for a web
// page (isHTML), a <meta charset> or <meta http-equiv="Content-Type"> in its first
// 1,024 bytes; otherwise valid UTF-8 as it is, UTF-16 without a mark when every other
// byte is NUL, and Windows-1252 (which covers ISO-8859-1) when most non-ASCII bytes are
// not UTF-8 and there are no control characters. Anything else is left as it is, for
// extract.Extract to read or refuse as binary.
//
// UTF-8 input, with or without a mark, is never copied or changed, so its spans index
// the bytes as given.
func Decode(input []byte, contentType string, isHTML bool) Decoded {
	if enc, name, ok := fromBOM(input); ok {
		return convert(input, enc, name)
	}
	if enc, name := declared(input, contentType, isHTML); enc != nil {
		return convert(input, enc, name)
	}
	if utf8.Valid(input) {
		return Decoded{Text: string(input), Charset: "utf-8"}
	}
	if enc, name := utf16Shape(input); enc != nil {
		return convert(input, enc, name)
	}
	if looksSingleByte(input) {
		return convert(input, charmap.Windows1252, "windows-1252")
	}
	return Decoded{Text: string(input), Charset: "utf-8"}
}

// fromBOM reads a byte-order mark.
func fromBOM(b []byte) (encoding.Encoding, string, bool) {
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		return encoding.Nop, "utf-8", true
	case bytes.HasPrefix(b, []byte("\xff\xfe")):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le", true
	case bytes.HasPrefix(b, []byte("\xfe\xff")):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be", true
	}
	return nil, "", false
}

// declared is the encoding contentType's charset parameter names or, for a page, its
// <meta> names; nil when neither names one this package knows.
func declared(b []byte, contentType string, isHTML bool) (encoding.Encoding, string) {
	if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
		if enc, name := charset.Lookup(params["charset"]); enc != nil {
			return enc, name
		}
	}
	if isHTML {
		if label := metaCharset(b[:min(len(b), sniffLen)]); label != "" {
			enc, name := charset.Lookup(label)
			if strings.HasPrefix(name, "utf-16") {
				// A <meta> readable as ASCII is not in UTF-16, whatever it says;
				// browsers read such a page as UTF-8, and so does Decode.
				return nil, ""
			}
			return enc, name
		}
	}
	return nil, ""
}

// metaCharset is the charset a page's first <meta charset> or <meta http-equiv=
// "Content-Type" content="...; charset=..."> in head declares, or "".
func metaCharset(head []byte) string {
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, more := z.TagName()
			if string(name) != "meta" || !more {
				continue
			}
			if label := metaAttrs(z); label != "" {
				return label
			}
		}
	}
}

// metaAttrs reads the charset that the attributes of a meta tag declare.
func metaAttrs(z *html.Tokenizer) string {
	var cs, content string
	equiv := false
	for more := true; more; {
		var k, v []byte
		k, v, more = z.TagAttr()
		switch string(k) {
		case "charset":
			cs = string(v)
		case "http-equiv":
			equiv = strings.EqualFold(string(v), "content-type")
		case "content":
			content = string(v)
		}
	}
	if cs != "" {
		return strings.TrimSpace(cs)
	}
	if equiv {
		if _, params, err := mime.ParseMediaType(content); err == nil {
			return params["charset"]
		}
	}
	return ""
}

// utf16Shape recognises UTF-16 without a byte-order mark by its NULs: text in the
// Latin alphabet has a NUL in nearly every high byte of a code unit and almost none in
// the low ones.
func utf16Shape(b []byte) (encoding.Encoding, string) {
	head := b[:min(len(b), sniffLen)&^1]
	if len(head) < 8 {
		return nil, ""
	}
	var zeros [2]int
	for i, c := range head {
		if c == 0 {
			zeros[i&1]++
		}
	}
	half := len(head) / 2
	switch {
	case zeros[1]*10 > half*6 && zeros[0]*20 < half:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le"
	case zeros[0]*10 > half*6 && zeros[1]*20 < half:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be"
	}
	return nil, ""
}

// looksSingleByte reports whether b reads as text in a one-byte-per-character
// encoding: no control characters other than white space, and most of its non-ASCII
// bytes outside any valid UTF-8 sequence, as Latin-1 or Windows-1252 text's are. A
// program or random bytes has control characters; UTF-8 text with a stray bad byte
// has mostly valid sequences.
func looksSingleByte(b []byte) bool {
	high, invalid := 0, 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if (c < ' ' && (c < '\t' || c > '\r')) || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		high += n
		if r == utf8.RuneError && n == 1 {
			invalid++
		}
		i += n
	}
	return invalid*2 > high
}

// convert decodes b to UTF-8; undecodable bytes become U+FFFD.
func convert(b []byte, enc encoding.Encoding, name string) Decoded {
	if enc == encoding.Nop || name == "utf-8" {
		return Decoded{Text: string(b), Charset: "utf-8"}
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return Decoded{Text: string(b), Charset: "utf-8"}
	}
	return Decoded{Text: string(out), Charset: name, Converted: true}
}
