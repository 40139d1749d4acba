package extract_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/internal/corpus"
)

func corpusTexts(b *testing.B) []string {
	b.Helper()
	cases, err := corpus.LoadAll()
	if err != nil {
		b.Fatal(err)
	}
	var out []string
	for _, c := range cases {
		out = append(out, c.Text)
	}
	return out
}

func totalBytes(ts []string) int64 {
	n := 0
	for _, t := range ts {
		n += len(t)
	}
	return int64(n)
}

// BenchmarkExtract runs the whole pipeline over the corpus with the default options
// (prose's tagger on); b.SetBytes makes the result MB/s, comparable with the prose
// baselines below in the same run.
func BenchmarkExtract(b *testing.B) { benchmarkExtract(b) }

func benchmarkExtract(b *testing.B, opts ...extract.Option) {
	texts := corpusTexts(b)
	ex, err := extract.New(opts...)
	if err != nil {
		b.Fatal(err)
	}
	for _, t := range texts {
		ex.Extract(t) // warm up: the tagger's model loads on first need, not per call
	}
	b.SetBytes(totalBytes(texts))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			if _, err := ex.Extract(t); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkExtractNoTagger is BenchmarkExtract with prose's tagger off
// (extract.WithTagger(false)), the rules alone: the difference is what the tagger
// costs once its model is loaded (a warm-up pass loads it before the timer starts).
func BenchmarkExtractNoTagger(b *testing.B) { benchmarkExtract(b, extract.WithTagger(false)) }

// BenchmarkProseFull is the baseline of prose's whole pipeline (tokenize, segment,
// tag, NER) with its model built once and reused.
func BenchmarkProseFull(b *testing.B) {
	texts := corpusTexts(b)
	d, err := prose.NewDocument("Warm up.")
	if err != nil {
		b.Fatal(err)
	}
	model := d.Model
	b.SetBytes(totalBytes(texts))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			if _, err := prose.NewDocument(t, prose.UsingModel(model)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkProseTokenize is the baseline of prose's tokenizer alone.
func BenchmarkProseTokenize(b *testing.B) {
	texts := corpusTexts(b)
	b.SetBytes(totalBytes(texts))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			if _, err := prose.NewDocument(t, prose.WithTagging(false), prose.WithSegmentation(false), prose.WithExtraction(false)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// hostile inputs for the linear-time benchmarks, each built to a size: a run of
// unmatched quote marks, one endless line, nothing but newlines, nested brackets,
// one endless word, grades and names over and over, random bytes.
var hostile = map[string]func(n int) string{
	"corpus": nil, // filled from the corpus, repeated
	"quote-marks": func(n int) string {
		return strings.Repeat("\u201c", n/3)
	},
	"one-line": func(n int) string {
		return strings.Repeat("inspectors said the council was \u2018good\u2019 and inadequate ", n/60)
	},
	"newlines":  func(n int) string { return strings.Repeat("\n", n) },
	"brackets":  func(n int) string { return strings.Repeat("(", n/2) + strings.Repeat(")", n/2) },
	"long-word": func(n int) string { return strings.Repeat("a", n) },
	"grades": func(n int) string {
		return strings.Repeat("Safe good. Caring good, effective good and well-led good. ", n/58)
	},
	"names": func(n int) string {
		return strings.Repeat("Cllr Jane Ash said: \u201cWe accept this.\u201d He said. ", n/48)
	},
	"random": func(n int) string {
		b := make([]byte, n)
		x := uint32(2463534242)
		for i := range b {
			x ^= x << 13
			x ^= x >> 17
			x ^= x << 5
			b[i] = byte(x)
		}
		return string(b)
	},
}

// BenchmarkLinear measures cost per byte at growing sizes, for the corpus repeated and
// for hostile inputs: ns/op divided by the size should stay flat (within 2x). Each size
// is called once before it is timed (see below), and random bytes at the small sizes
// are a new window of a longer random text each call (see linearInputs).
func BenchmarkLinear(b *testing.B) {
	texts := corpusTexts(b)
	all := strings.Join(texts, "\n\n")
	ex, _ := extract.New(extract.WithMaxInputSize(1 << 30))
	for _, name := range []string{"corpus", "quote-marks", "one-line", "newlines", "brackets", "long-word", "grades", "names", "random", "rated", "one-sentence", "invalid", "quoted", "pull-quoted"} {
		sizes := []int{4 << 10, 400 << 10, 4 << 20}
		if name == "corpus" {
			sizes = append(sizes, 40<<20)
		}
		for _, size := range sizes {
			ins := linearInputs(name, size, all)
			b.Run(name+"/"+sizeName(size), func(b *testing.B) {
				b.SetBytes(int64(size))
				// One call before the timer: the first call of a size grows the heap to
				// it, page by page, and a size that takes a second a call is timed once
				// or twice, so that cost (about 10 µs a page on a shared machine) would
				// be most of what a large size adds per byte. The linear property is
				// the cost of a call in the memory the calls use.
				ex.Extract(ins[0])
				for i := 0; b.Loop(); i++ {
					if _, err := ex.Extract(ins[i%len(ins)]); err != nil && !errors.Is(err, extract.ErrBinary) {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// linearInputs returns BenchmarkLinear's input of shape name and size, as a list of
// one; random bytes below 1 MB are 64 windows of a longer random text, one a call.
// Random bytes are to be unpredictable, and one small input read over and over let
// the processor learn its branches: random bytes at 4 KB ran at 6x the speed per byte
// of 400 KB and 4 MB, which run alike.
func linearInputs(name string, size int, corpus string) []string {
	switch {
	case name == "corpus":
		return []string{strings.Repeat(corpus, size/len(corpus)+1)[:size]}
	case name == "random" && size < 1<<20:
		long := hostile[name](64 * size)
		ins := make([]string, 0, 64)
		for k := 0; k+size <= len(long); k += size {
			ins = append(ins, long[k:k+size])
		}
		return ins
	}
	return []string{hostile[name](size)}
}

func sizeName(n int) string {
	switch {
	case n >= 1<<20:
		return itoa(n>>20) + "MB"
	case n >= 1<<10:
		return itoa(n>>10) + "KB"
	}
	return itoa(n) + "B"
}

// BenchmarkOneLongWord extracts from what the command makes of a file of 0xFF bytes
// (read as windows-1252, each byte becomes "ÿ"): 1 MB that is one word on one line, the
// shape whose peak memory issue 15 bounds. A run that is one token must not cost a
// per-byte structure anywhere; B/op divided by 1 MB is the bytes allocated per input byte.
func BenchmarkOneLongWord(b *testing.B) {
	input := strings.Repeat("ÿ", 1<<19)
	ex, err := extract.New(extract.WithMaxInputSize(1 << 30))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(input)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ex.Extract(input); err != nil {
			b.Fatal(err)
		}
	}
}
