package norm

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"
)

// build folds src piece by piece as the text package does: one Fold per rune.
func build(src string) (string, Map) {
	b := NewBuilder(len(src))
	for i := 0; i < len(src); {
		f, n, changed := Fold(src[i:])
		if changed {
			b.Replace(n, f)
		} else {
			b.Copy(src[i : i+n])
		}
		i += n
	}
	return b.Finish(len(src))
}

func TestFold(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"curly quotes", "\u2018a\u2019 \u201cb\u201d", `'a' "b"`},
		{"guillemets and primes", "\u00abx\u00bb 5\u2032 6\u2033", `"x" 5' 6"`},
		{"dashes", "a\u2013b\u2014c\u2212d", "a-b-c-d"},
		{"spaces", "a\u00a0b\u202fc\u2009d", "a b c d"},
		{"deleted", "in\u200bade\u00adqu\ufeffate", "inadequate"},
		{"ellipsis", "so\u2026", "so..."},
		{"entities", "&amp; &#8217; &#x201C; &quot;x&quot; &nbsp;", `& ' " "x"  `},
		{"unknown entity kept", "&bogus; &#xZZ; & amp", "&bogus; &#xZZ; & amp"},
		{"controls", "a\x00b\tc\fd\re", "a b c\nd\ne"},
		{"invalid UTF-8", "a\xffb", "a\uFFFDb"},
	} {
		if got, _ := build(tc.in); got != tc.want {
			t.Errorf("%s: fold(%q) = %q; want %q", tc.name, tc.in, got, tc.want)
		}
	}
}

// TestMap checks that every analysis range of a word maps back to that word in the
// source, whatever was folded around and inside it.
func TestMap(t *testing.T) {
	src := "\ufeffTameside&#8217;s \u201cin\u00adadequate\u201d&nbsp;rating \u2014 &amp; so\u2026 end\u200b"
	a, m := build(src)
	for _, tc := range []struct{ analysis, source string }{
		{"Tameside", "Tameside"},
		{"'", "&#8217;"},
		{"Tameside's", "Tameside&#8217;s"},
		{`"inadequate"`, "\u201cin\u00adadequate\u201d"},
		{"inadequate", "in\u00adadequate"},
		{"rating", "rating"},
		{"-", "\u2014"},
		{"&", "&amp;"},
		{"so...", "so\u2026"},
		{"end", "end"},
	} {
		i := strings.Index(a, tc.analysis)
		if i < 0 {
			t.Fatalf("%q not in analysis text %q", tc.analysis, a)
		}
		s, e := m.Start(i), m.End(i+len(tc.analysis))
		if got := src[s:e]; got != tc.source {
			t.Errorf("analysis %q at [%d,%d) maps to source %q; want %q", tc.analysis, i, i+len(tc.analysis), got, tc.source)
		}
	}
	// A range inside a folded sequence maps to the whole sequence.
	i := strings.Index(a, "...")
	if got := src[m.Start(i+1):m.End(i+2)]; got != "\u2026" {
		t.Errorf("middle of a folded ellipsis maps to %q; want the ellipsis", got)
	}
	// The zero Map is the identity.
	var zero Map
	if zero.Start(5) != 5 || zero.End(7) != 7 {
		t.Errorf("zero Map is not the identity")
	}
}

// TestRunsMapAsUnits checks that a run of like replacements kept as one edit maps
// every analysis position exactly as one edit per replacement would.
func TestRunsMapAsUnits(t *testing.T) {
	pieces := []string{"a", "bc ", "\xff", "\xff\xff\xff", "\u2019", "\u201c\u201d", "\u00ad\u200b", "&amp;&amp;", "\u2026\u2026", "\u00a0\u00a0", "\r\n", "\x00\x01"}
	x := uint32(7)
	for round := 0; round < 300; round++ {
		var src strings.Builder
		for k := 0; k < 12; k++ {
			x ^= x << 13
			x ^= x >> 17
			x ^= x << 5
			src.WriteString(pieces[x%uint32(len(pieces))])
		}
		s := src.String()
		a, m := build(s)
		ref := Map{edits: perUnit(s), srcLen: len(s)}
		if len(m.edits) > len(ref.edits) {
			t.Fatalf("%q: %d edits, more than one per replacement (%d)", s, len(m.edits), len(ref.edits))
		}
		for p := 0; p <= len(a); p++ {
			if m.Start(p) != ref.Start(p) || m.End(p) != ref.End(p) {
				t.Fatalf("%q: position %d maps to [%d,%d]; one edit per replacement gives [%d,%d]", s, p, m.Start(p), m.End(p), ref.Start(p), ref.End(p))
			}
		}
	}
	if _, m := build(strings.Repeat("\xff", 1000) + strings.Repeat("\u200b", 1000)); len(m.edits) != 2 {
		t.Errorf("two runs kept as %d edits; want 2", len(m.edits))
	}
}

// perUnit lists the edits of src folded as build does, one per replacement.
func perUnit(src string) []edit {
	var es []edit
	a := 0
	for i := 0; i < len(src); {
		f, n, changed := Fold(src[i:])
		if changed && (len(f) != n || n > 1) {
			es = append(es, edit{aStart: uint32(a), aEnd: uint32(a + len(f)), sStart: uint32(i), sEnd: uint32(i + n), aUnit: uint32(len(f)), sUnit: uint32(n)})
		}
		a += len(f)
		i += n
	}
	return es
}

// TestString checks String against the Builder's fold, and that a string nothing in
// folds comes back without a copy.
func TestString(t *testing.T) {
	for _, s := range []string{"", "plain words", "a & b", "curly \u2019s", "\xffx", "tab\tend", "&amp;", "x&#8217;"} {
		if want, _ := build(s); String(s) != want {
			t.Errorf("String(%q) = %q; want %q", s, String(s), want)
		}
	}
	if n := testing.AllocsPerRun(10, func() { _ = String("Inspectors rated the school good & safe.") }); n != 0 {
		t.Errorf("String of a line that does not fold allocates %v times; want 0", n)
	}
}

// TestAppendString checks AppendString against String, after what dst already holds,
// and that it reports no change, leaving dst alone, for a string nothing in folds.
func TestAppendString(t *testing.T) {
	for _, s := range []string{"", "plain words", "a & b", "curly \u2019s", "\xffx", "tab\tend", "&amp;", "x&#8217;", "\u2018Good\u2019 \u2013 twice"} {
		dst := []byte("head|")
		got, changed := AppendString(dst, s)
		want := String(s)
		switch {
		case changed && string(got) != "head|"+want:
			t.Errorf("AppendString(%q) = %q; want %q", s, got, "head|"+want)
		case !changed && (len(got) != len(dst) || want != s):
			t.Errorf("AppendString(%q) reports no change; String gives %q, dst %q", s, want, got)
		}
	}
}

// TestUnchanged checks that Unchanged stops at the first byte that folds differently,
// and that AppendFrom from there gives String's result.
func TestUnchanged(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"", 0}, {"plain words", 11}, {"a & b", 5}, {"curly \u2019s", 6}, {"\xffx", 0},
		{"tab\tend", 3}, {"x&#8217;", 1}, {"caf\u00e9 \u2013", 6}, {"\u00ff\u00ff", 4},
	} {
		k := Unchanged(c.s)
		if k != c.want {
			t.Errorf("Unchanged(%q) = %d; want %d", c.s, k, c.want)
		}
		if got := string(AppendFrom([]byte("h|"), c.s, k)); got != "h|"+String(c.s) {
			t.Errorf("AppendFrom(%q, %d) = %q; want %q", c.s, k, got, "h|"+String(c.s))
		}
	}
}

// TestBuilderFor checks that a Builder made by NewBuilderFor gives what NewBuilder
// gives for the same calls, and returns the source itself when only Copy was called.
func TestBuilderFor(t *testing.T) {
	const src = "one\r\ntwo \u2019three\u2019"
	build := func(b *Builder, change bool) (string, Map) {
		b.Copy(src[:3])
		if got := b.Last(); got != 'e' {
			t.Errorf("Last() = %q; want 'e'", got)
		}
		if change {
			b.Drop(1)
		} else {
			b.CopyByte(src[3])
		}
		b.Copy(src[4:9])
		if change {
			b.Replace(3, "'")
		} else {
			b.Copy(src[9:12])
		}
		b.Copy(src[12:])
		return b.Finish(len(src))
	}
	got, _ := build(NewBuilderFor(src), false)
	if got != src || unsafe.StringData(got) != unsafe.StringData(src) {
		t.Errorf("copies only: got %q, a copy or changed; want the source itself", got)
	}
	got, gm := build(NewBuilderFor(src), true)
	want, wm := build(NewBuilder(len(src)), true)
	if got != want {
		t.Errorf("with changes: got %q; want %q", got, want)
	}
	for p := 0; p <= len(want); p++ {
		if gm.Start(p) != wm.Start(p) || gm.End(p) != wm.End(p) {
			t.Errorf("map at %d: got %d,%d; want %d,%d", p, gm.Start(p), gm.End(p), wm.Start(p), wm.End(p))
		}
	}
}

// TestLowerASCII checks the eight-bytes-at-a-time lower-casing against a byte loop on
// every byte value at every position of a word.
func TestLowerASCII(t *testing.T) {
	var in []byte
	for c := range 256 {
		in = append(in, byte(c), 'Q', 0xc3, 'a', byte(255-c))
	}
	for off := range 9 {
		got := append([]byte(nil), in[off:]...)
		LowerASCII(got)
		for i, c := range in[off:] {
			want := c
			if 'A' <= c && c <= 'Z' {
				want = c + 'a' - 'A'
			}
			if got[i] != want {
				t.Fatalf("LowerASCII: byte %#x at %d became %#x; want %#x", c, off+i, got[i], want)
			}
		}
	}
}

// TestWalker checks that a Walker maps every position, given in order, as the Map's
// binary search does, over entities, runs of bad bytes, deletions and folded marks.
func TestWalker(t *testing.T) {
	for _, src := range []string{
		"", "plain", "a&amp;b \u201cq\u201d\xff\xfe\xfd end\u200b\u200b x\r\ny", "\xff\xff", "&amp;&lt;\u2026\u00a0",
	} {
		_, m := build(src)
		w := m.Walker()
		for p := 0; p <= len(src)+1; p++ {
			if got, want := w.Start(p), m.Start(p); got != want {
				t.Errorf("%q: Walker.Start(%d) = %d; want %d", src, p, got, want)
			}
			if got, want := w.End(p), m.End(p); got != want {
				t.Errorf("%q: Walker.End(%d) = %d; want %d", src, p, got, want)
			}
		}
	}
}

// TestWalkerByte checks that Walker.Byte, where it answers, gives the one source byte
// that Start and End map the analysis byte to, over random texts of entities, bad
// bytes, deletions and folded marks.
func TestWalkerByte(t *testing.T) {
	pieces := []string{"a", "b c", "&amp;", "&lt;", "\u201c", "\u201d", "\u2019", "\xff", "\xfe\xfd", "\u200b", "\r\n", "\u00a0", "\u2026", "'", "\"", "`", "\t", "x\u0301"}
	rng := rand.New(rand.NewPCG(21, 22))
	answered := 0
	for range 3000 {
		src := mix(rng, pieces, 30)
		text, m := build(src)
		w := m.Walker()
		for p := 0; p < len(text); p++ {
			s, ok := w.Byte(p)
			if !ok {
				continue
			}
			answered++
			if start, end := m.Start(p), m.End(p+1); start != s || end != s+1 {
				t.Fatalf("%q: Byte(%d) = %d; Start, End give [%d, %d)", src, p, s, start, end)
			}
		}
	}
	if answered == 0 {
		t.Fatal("Byte never answered")
	}
}

// TestPlainRun checks plainRun's eight-byte test against the table, byte by byte, for
// every byte value at every place of a word and after a plain prefix.
func TestPlainRun(t *testing.T) {
	naive := func(s string, i int) int {
		for i < len(s) && plain[s[i]] {
			i++
		}
		return i
	}
	for c := 0; c < 256; c++ {
		for at := 0; at < 20; at++ {
			b := []byte("abcdefghijklmnopqrstuvwxyz ABC~!")
			b[at] = byte(c)
			s := string(b)
			for i := 0; i < 4; i++ {
				if got, want := PlainRun(s, i), naive(s, i); got != want {
					t.Fatalf("PlainRun(%q, %d) = %d, want %d", s, i, got, want)
				}
			}
		}
	}
}

// binarySlow is Binary as first written, rune by rune, for the test to compare with.
func binarySlow(s string) bool {
	bad := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < ' ' && (c < '\t' || c > '\r')) || c == 0x7f {
				bad++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		}
		i += n
	}
	return bad*3 > len(s)
}

// TestBinary compares Binary with the rune-by-rune count on texts mixing printable
// ASCII, white space, control bytes, DEL, valid runes and bad bytes, at every length.
func TestBinary(t *testing.T) {
	pieces := []string{"a", "Ofsted ", "\n", "\t", "\x00", "\x1f", "\x7f", "~", "é", "’", "\xe2\x80", "\xff", "\xc3", "        "}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		s := mix(rng, pieces, 40)
		if got, want := Binary(s), binarySlow(s); got != want {
			t.Fatalf("Binary(%q) = %v; want %v", s, got, want)
		}
	}
}

// TestAppendLower compares AppendLower, which lower-cases ASCII eight bytes at a time
// as it copies, with strings.ToLower, on random mixes of ASCII of both cases, runes
// that change and do not, and bad bytes, at every length and alignment.
func TestAppendLower(t *testing.T) {
	pieces := []string{"A", "z", "Ofsted", "GOOD ", "[@`{", "é", "É", "\u0130", "\u212a", "\xff", "\xc3", "0123456789"}
	rng := rand.New(rand.NewPCG(15, 16))
	for range 20000 {
		s := mix(rng, pieces, 20)
		if got, want := string(AppendLower([]byte("x"), s)), "x"+strings.ToLower(s); got != want {
			t.Fatalf("AppendLower(%q) = %q; want %q", s, got, want)
		}
	}
}

// mix joins up to max-1 pieces picked at random.
func mix(rng *rand.Rand, pieces []string, max int) string {
	var b strings.Builder
	for n := rng.IntN(max); n > 0; n-- {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return b.String()
}
