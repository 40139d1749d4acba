package norm

import (
	"strings"
	"testing"
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
