package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/internal/corpus"
)

var update = flag.Bool("update", false, "rewrite testdata/golden from the current output")

func loadCorpus(t *testing.T) []corpus.Case {
	t.Helper()
	cases, err := corpus.LoadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 2 {
		t.Fatalf("corpus has %d texts; want at least the two seeds", len(cases))
	}
	return cases
}

// cliArgs are the arguments the golden output of c is made with: the gold reference
// date, when there is one, as -date.
func cliArgs(c corpus.Case) []string {
	var args []string
	if c.Gold != nil && c.Gold.ReferenceDate != "" {
		args = append(args, "-date", c.Gold.ReferenceDate)
	}
	return append(args, c.Path)
}

func runCLI(t *testing.T, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	var out, errb bytes.Buffer
	status = run(args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), status
}

// TestGolden compares the CLI's JSON for every corpus text with its golden file.
func TestGolden(t *testing.T) {
	dir := corpus.Dir()
	for _, c := range loadCorpus(t) {
		t.Run(c.Name, func(t *testing.T) {
			got, stderr, status := runCLI(t, cliArgs(c)...)
			if status != 0 {
				t.Fatalf("verdict %s: status %d, stderr %q", c.Name, status, stderr)
			}
			path := filepath.Join(dir, "golden", c.Name+".json")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./cmd/verdict -update to create it, then read it)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("verdict %s differs from %s (-want +got):\n%s", c.Name, path, diff)
			}
		})
	}
}

// TestBatchMatchesSingle checks that jsonl output, at any -j, is one line per file in
// input order, each the single-file Report plus its source.
func TestBatchMatchesSingle(t *testing.T) {
	cases := loadCorpus(t)
	var paths []string
	for _, c := range cases {
		paths = append(paths, c.Path)
	}
	var first string
	for _, j := range []string{"1", "3", "16"} {
		out, stderr, status := runCLI(t, append([]string{"-format", "jsonl", "-j", j}, paths...)...)
		if status != 0 {
			t.Fatalf("-j %s: status %d, stderr %q", j, status, stderr)
		}
		if first == "" {
			first = out
		} else if out != first {
			t.Errorf("-j %s output differs from -j 1:\n%s", j, cmp.Diff(first, out))
		}
	}
	lines := strings.Split(strings.TrimSuffix(first, "\n"), "\n")
	if len(lines) != len(paths) {
		t.Fatalf("got %d lines for %d files", len(lines), len(paths))
	}
	for i, l := range lines {
		if !strings.HasPrefix(l, `{"source":"`+paths[i]+`",`) {
			t.Errorf("line %d starts %.80q; want source %s", i, l, paths[i])
		}
	}
}

// TestBatchKeepsGoingOnError checks that an unreadable file gives an error line, an
// error record in its place and a non-zero status while the other files are still
// printed, in every format.
func TestBatchKeepsGoingOnError(t *testing.T) {
	cases := loadCorpus(t)
	missing := filepath.Join(t.TempDir(), "missing.txt")
	out, stderr, status := runCLI(t, "-format", "jsonl", cases[0].Path, missing, cases[1].Path)
	if status != 1 {
		t.Errorf("status %d; want 1 for a missing file", status)
	}
	if !strings.Contains(stderr, "missing.txt") {
		t.Errorf("stderr %q does not name the missing file", stderr)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	var rec struct{ Source, Error string }
	if len(lines) != 3 || json.Unmarshal([]byte(lines[1]), &rec) != nil || rec.Source != missing || !strings.Contains(rec.Error, "no such file") {
		t.Errorf("got %d lines, the second %.100q; want 3, the second an error record for %s", len(lines), lines[min(1, len(lines)-1)], missing)
	}
	out, _, _ = runCLI(t, cases[0].Path, missing)
	objs := decodeStream(t, out)
	if len(objs) != 2 || objs[1]["source"] != missing || objs[1]["error"] == nil {
		t.Errorf("json: %d objects, the last %v; want 2, an error record last", len(objs), objs[len(objs)-1])
	}
	out, _, _ = runCLI(t, "-format", "csv", missing)
	if rows, err := csv.NewReader(strings.NewReader(out)).ReadAll(); err != nil || len(rows) != 2 || rows[1][3] != "error" {
		t.Errorf("csv of a missing file: %v %q; want a header and an error row", err, out)
	}
	out, _, _ = runCLI(t, "-format", "text", missing)
	if !strings.Contains(out, "Error: ") {
		t.Errorf("text of a missing file %q has no Error line", out)
	}
}

// decodeStream decodes a stream of JSON objects, one after another.
func decodeStream(t *testing.T, out string) []map[string]any {
	t.Helper()
	var objs []map[string]any
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var m map[string]any
		if err := dec.Decode(&m); err != nil {
			t.Fatalf("output is not a stream of JSON objects: %v", err)
		}
		objs = append(objs, m)
	}
	return objs
}

func TestStdinAndFlags(t *testing.T) {
	var out, errb bytes.Buffer
	if st := run([]string{"-"}, strings.NewReader("Ofsted rated the school good."), &out, &errb); st != 0 {
		t.Fatalf("stdin: status %d, stderr %q", st, errb.String())
	}
	if !strings.HasPrefix(out.String(), "{\n") {
		t.Errorf("stdin output %.40q is not indented JSON", out.String())
	}
	for _, tc := range []struct {
		name string
		args []string
		want int
	}{
		{"bad date", []string{"-date", "5 March", "-"}, 2},
		{"bad -j", []string{"-j", "0", "-"}, 2},
		{"unknown flag", []string{"-nope"}, 2},
		{"help", []string{"-h"}, 0},
		{"over the size limit", []string{"-max", "3", "-"}, 1},
	} {
		errb.Reset()
		if st := run(tc.args, strings.NewReader("text"), &out, &errb); st != tc.want {
			t.Errorf("%s: verdict %v = status %d; want %d (stderr %q)", tc.name, tc.args, st, tc.want, errb.String())
		}
	}
	errb.Reset()
	run([]string{"-h"}, strings.NewReader(""), &out, &errb)
	for _, f := range []string{"-date", "-j", "-max", "eval"} {
		if !strings.Contains(errb.String(), f) {
			t.Errorf("-h does not document %s:\n%s", f, errb.String())
		}
	}
}

// TestFormats checks each -format: CSV is RFC 4180 with a header and one row per item,
// each with the inspectorate and subject, json of several inputs is one object per
// input like that of one input, jsonl a line per input, text readable lines, and an
// unknown format is a usage error.
func TestFormats(t *testing.T) {
	cases := loadCorpus(t)
	seed := cases[0]
	out, stderr, st := runCLI(t, "-format", "csv", seed.Path)
	if st != 0 {
		t.Fatalf("csv: status %d, %s", st, stderr)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("csv does not parse: %v", err)
	}
	rep, _ := extract.Extract(seed.Text)
	want := 1 + len(rep.Judgements) + len(rep.Dates) + len(rep.Officials) + len(rep.Quotes) + len(rep.Findings)
	if len(rows) != want || strings.Join(rows[0], ",") != "source,inspectorate,subject,kind,label,value,detail,start,end,text" {
		t.Errorf("csv has %d rows (header %q); want %d", len(rows), rows[0], want)
	}
	for _, r := range rows[1:] {
		s, _ := strconv.Atoi(r[7])
		e, _ := strconv.Atoi(r[8])
		if s >= 0 && seed.Text[s:e] != r[9] {
			t.Errorf("csv row %q: span [%d,%d) is %q", r[:5], s, e, seed.Text[s:e])
		}
		if r[1] != rep.Inspectorate.Name.String() || r[2] != rep.Subject.Name {
			t.Errorf("csv row %q: inspectorate and subject %q, %q; want %v, %q", r[:5], r[1], r[2], rep.Inspectorate.Name, rep.Subject.Name)
		}
	}

	one, _, _ := runCLI(t, cases[1].Path)
	out, _, st = runCLI(t, "-format", "json", cases[0].Path, cases[1].Path)
	if objs := decodeStream(t, out); st != 0 || len(objs) != 2 || !strings.HasSuffix(out, "\n"+one) {
		t.Errorf("json of two inputs: status %d, %d objects; want 2, the second as for one input", st, len(objs))
	}
	out, _, _ = runCLI(t, "-format", "jsonl", seed.Path)
	if strings.Count(out, "\n") != 1 || !strings.HasPrefix(out, `{"source":`) {
		t.Errorf("jsonl of one input is not one line with its source: %.60q", out)
	}
	out, _, _ = runCLI(t, "-format", "text", seed.Path)
	if !strings.Contains(out, "overall                      inadequate (current)") || strings.Contains(out, `\u`) {
		t.Errorf("text output lacks the overall judgement:\n%s", out)
	}
	if _, _, st := runCLI(t, "-format", "yaml", seed.Path); st != 2 {
		t.Errorf("-format yaml: status %d; want 2", st)
	}
}

// TestHTML runs the CLI on an HTML page, found by its extension and, from standard
// input, by -html: the JSON carries the article text, and every span slices it.
func TestHTML(t *testing.T) {
	page := filepath.Join("..", "..", "testdata", "html", "003_d8826d50e3a9b0a6.html")
	raw, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	out, stderr, st := runCLI(t, page)
	var got struct {
		Text      string `json:"text"`
		Judgement []struct {
			Text string `json:"text"`
			Span struct{ Start, End int }
		} `json:"judgements"`
	}
	if err := json.Unmarshal([]byte(out), &got); st != 0 || err != nil {
		t.Fatalf("status %d, %v, %s", st, err, stderr)
	}
	if got.Text == "" || strings.Contains(got.Text, "<") || len(got.Judgement) == 0 {
		t.Fatalf("HTML page gave text %.80q and %d judgements", got.Text, len(got.Judgement))
	}
	for _, j := range got.Judgement {
		if got.Text[j.Span.Start:j.Span.End] != j.Text {
			t.Errorf("judgement %q: span [%d,%d) of the article text is %q", j.Text, j.Span.Start, j.Span.End, got.Text[j.Span.Start:j.Span.End])
		}
	}
	var stdout, errb bytes.Buffer
	if st := run([]string{"-html"}, bytes.NewReader(raw), &stdout, &errb); st != 0 || stdout.String() != out {
		t.Errorf("-html on standard input: status %d, %s; output differs from the file's", st, errb.String())
	}
	// The size limit holds for the page, not only for the text taken out of it.
	if _, errs, st := runCLI(t, "-max", "2500", page); st == 0 || !strings.Contains(errs, "over the limit") {
		t.Errorf("-max 2500 (the text is 1,671 bytes) on a %d-byte page: status %d, %q", len(raw), st, errs)
	}
	// Without -html, standard input is text, and markup stays in it.
	stdout.Reset()
	run(nil, bytes.NewReader(raw), &stdout, &errb)
	if strings.Contains(stdout.String(), `"text": "Met failures`) {
		t.Errorf("standard input without -html was read as HTML")
	}
}
