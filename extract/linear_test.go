package extract_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/verdictnlp/verdict/extract"
)

// BenchmarkLinearGrowth reports how much dearer a byte is at 256 KB than at 16 KB for
// shapes dense in what the stages pair up (grades with inspectorates and bodies, grades
// in one endless sentence, unattributed quotes each looked for in every quote a person
// speaks), as the metric x-per-byte. Linear stages stay near 1x; a step
// that scans every mention once per grade is flat on a news page but makes the large
// size tens of times dearer per byte (the scans this replaced measured 11x to 19x).
// Timings are never asserted in tests on a shared machine: read the metric.
func BenchmarkLinearGrowth(b *testing.B) {
	ex, _ := extract.New(extract.WithMaxInputSize(1 << 30))
	const small, large = 16 << 10, 256 << 10
	for _, name := range []string{"rated", "one-sentence", "pull-quoted"} {
		b.Run(name, func(b *testing.B) {
			s, l := hostile[name](small), hostile[name](large)
			// perByte times enough runs of in to cover about as many bytes as one large run.
			perByte := func(in string) float64 {
				runs := max(1, large/len(in))
				start := time.Now()
				for range runs {
					if _, err := ex.Extract(in); err != nil {
						b.Fatal(err)
					}
				}
				return float64(time.Since(start)) / float64(runs*len(in))
			}
			for b.Loop() {
				b.ReportMetric(perByte(l)/perByte(s), "x-per-byte")
			}
		})
	}
}

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
	// Quotes no one is said to speak, each unlike the rest, beside a person's quote: each
	// is looked for in the person's quotes as a pull quote of one of them.
	hostile["pull-quoted"] = func(n int) string {
		var b strings.Builder
		for i := 0; b.Len() < n; i++ {
			fmt.Fprintf(&b, "\u201cThe staff have been wonderful %d times over this year,\u201d\n\n"+
				"\u201cWe are proud of our pupils and of their progress,\u201d said headteacher Jane Ashworth.\n\n", i)
		}
		return b.String()
	}
	// Invalid UTF-8 only: every byte read as U+FFFD, three bytes for one.
	hostile["invalid"] = func(n int) string { return strings.Repeat("\xff", n) }
	// Grades and areas in one sentence that never ends.
	hostile["one-sentence"] = func(n int) string {
		const s = "safe good, caring good, effective requires improvement and well-led inadequate, "
		return strings.Repeat(s, n/len(s))
	}
}
