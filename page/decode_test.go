package page_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/internal/endless"
	"github.com/verdictnlp/verdict/page"
)

func utf16le(s string, bom bool) []byte {
	var b []byte
	if bom {
		b = []byte{0xff, 0xfe}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

func utf16be(s string) []byte {
	b := []byte{0xfe, 0xff}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u>>8), byte(u))
	}
	return b
}

func TestDecode(t *testing.T) {
	const say = "Café Nursery in Lower Brindle was rated good by Ofsted."
	latin1 := []byte(strings.ReplaceAll(say, "é", "\xe9"))
	for _, tc := range []struct {
		name        string
		in          []byte
		contentType string
		html        bool
		want        string
		charset     string
	}{
		{"UTF-16LE with a mark", utf16le(say, true), "", false, say, "utf-16le"},
		{"UTF-16BE with a mark", utf16be(say), "", false, say, "utf-16be"},
		{"UTF-16LE without a mark", utf16le(say, false), "", false, say, "utf-16le"},
		{"HTTP charset", latin1, "text/plain; charset=iso-8859-1", false, say, "windows-1252"},
		{"Latin-1 undeclared", latin1, "", false, say, "windows-1252"},
		{"meta charset", append([]byte(`<html><head><meta charset="windows-1252"><title>x</title></head><body><p>`), latin1...), "", true,
			`<html><head><meta charset="windows-1252"><title>x</title></head><body><p>` + say, "windows-1252"},
		{"meta http-equiv", append([]byte(`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>`), latin1...), "", true,
			`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>` + say, "windows-1252"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := page.Decode(tc.in, tc.contentType, tc.html)
			if got.Text != tc.want || got.Charset != tc.charset || !got.Converted {
				t.Errorf("Decode = %q as %s (converted %v); want %q as %s", got.Text, got.Charset, got.Converted, tc.want, tc.charset)
			}
		})
	}
}

// TestDecodeKeepsUTF8 wants UTF-8 input, with a stray bad byte or a mark, and bytes
// that are not text, given back unchanged, so that spans index the input as given.
func TestDecodeKeepsUTF8(t *testing.T) {
	for _, in := range []string{
		"Café Nursery was rated good.",
		"\ufeffCafé Nursery was rated good.",
		"Café Nursery was \xff rated good, the café’s owner said.",
		"<meta charset=utf-8><p>Café</p>",
		"<meta charset=utf-16><p>Café</p>",
		"\x7fELF\x02\x01\x01\x00\x00\x00\x00\xe9\xff\x00",
		"",
	} {
		got := page.Decode([]byte(in), "", strings.HasPrefix(in, "<"))
		if got.Text != in || got.Converted {
			t.Errorf("Decode(%q) = %q (converted %v); want it unchanged", in, got.Text, got.Converted)
		}
	}
}

// TestReadAllBound wants a 2 GB input over a 4 MB limit refused after reading little
// more than the limit, and an input at the limit read whole.
func TestReadAllBound(t *testing.T) {
	r := &endless.Reader{N: 2 << 30}
	_, err := page.ReadAll(r, 4<<20)
	if !errors.Is(err, extract.ErrTooLarge) {
		t.Fatalf("ReadAll(2 GB, limit 4 MB) = %v; want ErrTooLarge", err)
	}
	if read := 2<<30 - r.N; read > 4<<20+64<<10 {
		t.Errorf("read %d bytes before refusing; want little more than 4 MB", read)
	}
	b, err := page.ReadAll(&endless.Reader{N: 4 << 20}, 4<<20)
	if err != nil || len(b) != 4<<20 {
		t.Errorf("ReadAll(4 MB, limit 4 MB) = %d bytes, %v; want all of it", len(b), err)
	}
	// The input is read in chunks and joined once: the result holds no spare room, as
	// a buffer grown by doubling would (up to twice the input, kept as long as the
	// input is).
	if cap(b) != len(b) {
		t.Errorf("ReadAll(4 MB) kept %d bytes of room for %d bytes of input", cap(b), len(b))
	}
	if !bytes.Equal(b[:100], []byte(strings.Repeat("Ofsted rated it good. ", 5)[:100])) {
		t.Errorf("ReadAll(4 MB) begins %q", b[:100])
	}
}

// failAfter gives n bytes of text, then an error other than io.EOF.
type failAfter struct{ n int }

var errRead = errors.New("read failed")

func (f *failAfter) Read(p []byte) (int, error) {
	if f.n == 0 {
		return 0, errRead
	}
	k := min(len(p), f.n, 1000) // short reads, as a pipe gives
	for i := range k {
		p[i] = 'a'
	}
	f.n -= k
	return k, nil
}

// TestReadAllError wants a reader's error returned as it is, after any number of
// chunks, and an empty input read as an empty slice, not nil and not an error.
func TestReadAllError(t *testing.T) {
	for _, n := range []int{0, 10, 200 << 10} {
		if b, err := page.ReadAll(&failAfter{n: n}, 1<<20); !errors.Is(err, errRead) || b != nil {
			t.Errorf("ReadAll(%d bytes, then an error) = %d bytes, %v; want the error", n, len(b), err)
		}
	}
	b, err := page.ReadAll(strings.NewReader(""), 1<<20)
	if err != nil || b == nil || len(b) != 0 {
		t.Errorf("ReadAll(empty) = %v, %v; want an empty slice", b, err)
	}
}

// TestOffsets converts every character boundary of texts with one-, two-, three- and
// four-byte characters and invalid bytes, around the 64-byte marks, and wants what
// counting from the start gives.
func TestOffsets(t *testing.T) {
	for _, s := range []string{
		strings.Repeat("a", 200),
		strings.Repeat("é€𝄞a", 40),
		strings.Repeat("x\xe2\x80 \xffé", 30) + strings.Repeat("€", 30),
		"",
	} {
		runes, units := page.NewOffsets(s, page.Runes), page.NewOffsets(s, page.UTF16)
		nr, nu := 0, 0
		for i := 0; i <= len(s); {
			if got := runes.Offset(i); got != nr {
				t.Fatalf("%q: runes at byte %d = %d; want %d", s, i, got, nr)
			}
			if got := units.Offset(i); got != nu {
				t.Fatalf("%q: UTF-16 at byte %d = %d; want %d", s, i, got, nu)
			}
			if i == len(s) {
				break
			}
			r, w := utf8.DecodeRuneInString(s[i:])
			nr, nu, i = nr+1, nu+len(utf16.Encode([]rune{r})), i+w
		}
		if b := page.NewOffsets(s, page.Bytes); b.Offset(len(s)) != len(s) {
			t.Errorf("bytes changed an offset")
		}
	}
}

// TestPublishedDate wants the metadata publication date, a <meta> property first,
// then JSON-LD, then a <time datetime>, read as the day the page writes.
func TestPublishedDate(t *testing.T) {
	for _, tc := range []struct{ page, want, from string }{
		{`<meta property="article:published_time" content="2024-06-11T23:30:00-05:00"><time datetime="2020-01-01">`, "2024-06-11", "meta article:published_time"},
		{`<time datetime="2020-01-01"></time><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-06-12T09:00:00Z"}]}</script>`, "2024-06-12", "JSON-LD datePublished"},
		{`<p>Posted <time datetime="2024-06-13">13 June</time></p>`, "2024-06-13", "time datetime"},
		{`<META NAME="DC.date.issued" CONTENT="2024-06-14">`, "2024-06-14", "meta dc.date.issued"},
	} {
		got, ok := page.PublishedDate([]byte(tc.page))
		if !ok || got.Value != tc.want || got.From != tc.from {
			t.Errorf("PublishedDate(%.60q) = %+v, %v; want %s from %s", tc.page, got, ok, tc.want, tc.from)
		}
	}
	for _, pg := range []string{`<meta property="og:title" content="2024-06-11">`, `<time datetime="June 2024">`, `<meta name="date" content="11/06/2024">`, ``} {
		if got, ok := page.PublishedDate([]byte(pg)); ok {
			t.Errorf("PublishedDate(%q) = %+v; want none", pg, got)
		}
	}
}
