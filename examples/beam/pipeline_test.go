package main

import (
	"bytes"
	"context"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/google/go-cmp/cmp"
	"github.com/verdictnlp/verdict/extract"
)

const corpusGlob = "../../testdata/corpus/*.txt"

// TestMain lets Beam set itself up, as main does, before a pipeline is built.
func TestMain(m *testing.M) { ptest.Main(m) }

// run builds the pipeline for cfg and runs it on the named runner.
func run(t *testing.T, runner string, cfg Config) beam.PipelineResult {
	t.Helper()
	if err := cfg.check(); err != nil {
		t.Fatal(err)
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, cfg)
	res, err := beam.Run(context.Background(), runner, p)
	if err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	return res
}

// counter sums the pipeline's counter of that name over all its steps.
func counter(res beam.PipelineResult, name string) int64 {
	var n int64
	q := res.Metrics().Query(func(r beam.MetricResult) bool { return r.Namespace() == "verdict" && r.Name() == name })
	for _, c := range q.Counters() {
		n += c.Result()
	}
	return n
}

// readLines gives the lines of the files matching glob.
func readLines(t *testing.T, glob string) []string {
	t.Helper()
	paths, _ := filepath.Glob(glob)
	var lines []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")...)
	}
	if len(lines) == 1 && lines[0] == "" {
		return nil
	}
	return lines
}

// bySource decodes JSON lines into generic values keyed by their "source".
func bySource(t *testing.T, lines []string) map[string]any {
	t.Helper()
	m := map[string]any{}
	for _, l := range lines {
		var v map[string]any
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Fatalf("%q: %v", l, err)
		}
		m[v["source"].(string)] = v
	}
	return m
}

// libraryResults extracts each file on its own with the library and gives what the
// pipeline should have written: the reports by source and the two tables.
func libraryResults(t *testing.T, glob string, opts ...extract.Option) (reports map[string]any, judgements, themes string) {
	t.Helper()
	ex, err := extract.New(opts...)
	if err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob(glob)
	var lines []string
	jCount, tCount := map[string]int{}, map[string]int{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := ex.Extract(string(data))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(struct {
			Source string `json:"source"`
			*extract.Report
		}{p, rep})
		lines = append(lines, string(b))
		for _, j := range rep.Judgements {
			jCount[judgementRow(rep, j)]++
		}
		for _, f := range rep.Findings {
			if f.Polarity == extract.Failure {
				tCount[themeRow(rep, f)]++
			}
		}
	}
	return bySource(t, lines), table(judgementHeader, jCount), table(themeHeader, tCount)
}

func table(header string, counts map[string]int) string {
	var rows []string
	for r, n := range counts {
		rows = append(rows, r+","+strconv.Itoa(n))
	}
	slices.Sort(rows)
	return header + ",count\n" + strings.Join(append(rows, ""), "\n")
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestCorpus runs the pipeline over the shipped corpus and checks that it writes what
// the library gives for each file on its own, with the same options. Prism runs it as
// Flink, Spark and Dataflow do, through the portable API: DoFns serialised, workers
// apart from the launcher.
func TestCorpus(t *testing.T) {
	for _, runner := range []string{"direct", "prism"} {
		t.Run(runner, func(t *testing.T) { testCorpus(t, runner) })
	}
}

func testCorpus(t *testing.T, runner string) {
	out := t.TempDir()
	ref := "2024-06-01"
	run(t, runner, Config{Input: corpusGlob, Output: out, Date: ref, MaxSize: defaultMaxSize, Shards: 3, Timeout: time.Minute})

	day, _ := time.Parse(time.DateOnly, ref)
	wantReports, wantJudgements, wantThemes := libraryResults(t, corpusGlob,
		extract.WithReferenceDate(day), extract.WithMaxInputSize(defaultMaxSize))
	if len(wantReports) < 40 {
		t.Fatalf("corpus has %d texts; the glob %s is wrong", len(wantReports), corpusGlob)
	}
	gotReports := bySource(t, readLines(t, filepath.Join(out, "reports-*-of-00003.jsonl")))
	if diff := cmp.Diff(wantReports, gotReports); diff != "" {
		t.Errorf("reports differ from the library's (-library +pipeline):\n%s", diff)
	}
	if got := readFile(t, filepath.Join(out, "judgements.csv")); got != wantJudgements {
		t.Errorf("judgements.csv differs (-library +pipeline):\n%s", cmp.Diff(wantJudgements, got))
	}
	if strings.Count(wantJudgements, "\n") < 20 {
		t.Errorf("judgements.csv has too few rows to test anything:\n%s", wantJudgements)
	}
	if got := readFile(t, filepath.Join(out, "failure-themes.csv")); got != wantThemes {
		t.Errorf("failure-themes.csv differs (-library +pipeline):\n%s", cmp.Diff(wantThemes, got))
	}
	if dead := readLines(t, filepath.Join(out, "dead-letter-*")); len(dead) != 0 {
		t.Errorf("dead letters for the corpus:\n%s", strings.Join(dead, "\n"))
	}
}

// TestDeadLetters feeds the pipeline JSON Lines with good and bad records and files
// too large, and checks that the good ones are reported and the bad ones dead-lettered
// with their reason, without failing the job.
func TestDeadLetters(t *testing.T) {
	const limit = 64 << 10
	in, out := t.TempDir(), t.TempDir()
	text := readFile(t, "../../testdata/corpus/000_267091c07c1a288e.txt")
	page := readFile(t, "../../testdata/html/000_267091c07c1a288e.html")
	huge := strings.Repeat("word ", limit/5+1)
	var jl bytes.Buffer
	enc := json.NewEncoder(&jl)
	enc.Encode(map[string]string{"url": "https://example.org/text", "text": text})
	enc.Encode(map[string]string{"url": "https://example.org/page", "html": page})
	jl.WriteString("\n{not json\n")
	enc.Encode(map[string]string{"url": "https://example.org/empty"})
	enc.Encode(map[string]string{"url": "https://example.org/huge", "text": huge})
	enc.Encode(map[string]string{"url": "https://example.org/bare", "html": "<html><body></body></html>"})
	jl.WriteString(`"a string"` + "\r\n")
	enc.Encode(map[string]string{"text": text})
	write := func(name, data string) {
		if err := os.WriteFile(filepath.Join(in, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("crawl.jsonl", jl.String())
	write("huge.txt", huge)
	write("article.txt", text)

	res := run(t, "direct", Config{Input: filepath.Join(in, "*"), Output: out, MaxSize: limit, Shards: 2, Timeout: time.Minute})

	reports := bySource(t, readLines(t, filepath.Join(out, "reports-*")))
	wantSources := []string{filepath.Join(in, "article.txt"), filepath.Join(in, "crawl.jsonl") + ":9",
		"https://example.org/page", "https://example.org/text"}
	if got := slices.Sorted(maps.Keys(reports)); !slices.Equal(got, wantSources) {
		t.Errorf("reports from %q; want %q", got, wantSources)
	}
	if _, ok := reports["https://example.org/page"].(map[string]any)["text"]; !ok {
		t.Error(`a page's report has no "text" for its spans`)
	}
	dead := bySource(t, readLines(t, filepath.Join(out, "dead-letter-*")))
	want := map[string]string{
		filepath.Join(in, "crawl.jsonl") + ":4": "not a JSON object",
		"https://example.org/empty":             `no "text" or "html"`,
		"https://example.org/huge":              "over the limit of 65536 bytes",
		"https://example.org/bare":              "no article text",
		filepath.Join(in, "crawl.jsonl") + ":8": "not a JSON object",
		filepath.Join(in, "huge.txt"):           "over the limit of 65536 bytes",
	}
	for src, reason := range want {
		got, _ := dead[src].(map[string]any)["reason"].(string)
		if !strings.Contains(got, reason) {
			t.Errorf("dead letter for %s: reason %q; want one with %q", src, got, reason)
		}
	}
	if len(dead) != len(want) {
		t.Errorf("%d dead letters; want %d: %v", len(dead), len(want), dead)
	}
	if n, m := counter(res, "reports"), counter(res, "dead_letters"); n != int64(len(wantSources)) || m != int64(len(want)) {
		t.Errorf("counters: %d reports, %d dead letters; want %d, %d", n, m, len(wantSources), len(want))
	}
}
