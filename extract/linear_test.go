package extract_test

import (
	"strings"
	"testing"

	"github.com/verdictnlp/verdict/extract"
)

// TestLinearGrowth fails when a stage's cost grows faster than its input: for shapes
// dense in what the stages pair up (grades with inspectorates and bodies, grades in one
// endless sentence), the cost per byte at a large size must stay within a few times
// that at a small one. A step that scans every mention once per grade is flat on a
// news page but makes the large size tens of times dearer per byte. Each size is timed
// with testing.Benchmark and the cheapest of a few rounds kept, so a busy machine
// slows both sizes rather than failing the test.
func TestLinearGrowth(t *testing.T) {
	ex, _ := extract.New(extract.WithMaxInputSize(1 << 30))
	const small, large = 16 << 10, 256 << 10
	for _, name := range []string{"rated", "one-sentence"} {
		build := hostile[name]
		s, l := build(small), build(large)
		perByte := func(in string) float64 {
			r := testing.Benchmark(func(b *testing.B) {
				for b.Loop() {
					if _, err := ex.Extract(in); err != nil {
						b.Fatal(err)
					}
				}
			})
			return float64(r.NsPerOp()) / float64(len(in))
		}
		best := 0.0
		for range 3 {
			ratio := perByte(l) / perByte(s)
			if best == 0 || ratio < best {
				best = ratio
			}
			if best < linearSlack {
				break
			}
		}
		if best >= linearSlack {
			t.Errorf("%s: a byte costs %.1fx as much at %s as at %s; want under %.1fx", name, best, sizeName(large), sizeName(small), linearSlack)
		}
	}
}

// linearSlack is how much dearer a byte may be at the large size: linear stages stay
// near 1x (cache misses and the collector account for the rest); a quadratic step at
// 16 times the size shows as well over 4x.
const linearSlack = 2.5

func init() {
	// Grades, inspectorates and bodies named over and over, each sentence pairing them.
	hostile["rated"] = func(n int) string {
		const s = "Ofsted inspectors rated Brackley Primary School good. The CQC rated Hollin Care Home inadequate.\n"
		return strings.Repeat(s, n/len(s))
	}
	// Quotes with their speakers: the inspectorate, a watchdog, an organisation's
	// spokesperson, each paired with the mentions and bodies near it.
	hostile["quoted"] = func(n int) string {
		const s = "\u201cThe school is good,\u201d Ofsted said. \u201cIt improved,\u201d said the watchdog. " +
			"\u201cWe welcome it,\u201d said a spokesperson for Elmbridge Council.\n"
		return strings.Repeat(s, n/len(s))
	}
	// Invalid UTF-8 only: every byte read as U+FFFD, three bytes for one.
	hostile["invalid"] = func(n int) string { return strings.Repeat("\xff", n) }
	// Grades and areas in one sentence that never ends.
	hostile["one-sentence"] = func(n int) string {
		const s = "safe good, caring good, effective requires improvement and well-led inadequate, "
		return strings.Repeat(s, n/len(s))
	}
}
