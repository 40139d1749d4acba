package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/internal/endless"
)

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const story = "Brackenfold Nursery in Lower Haddon has been rated \"good\" by Ofsted.\n"

// TestArgs wants flags anywhere among the inputs, "--" to end them, directories read
// for their .txt and .html files in order, and -files to list inputs.
func TestArgs(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte(story))
	b := writeFile(t, dir, "sub/b.txt", []byte(story))
	writeFile(t, dir, "sub/notes.md", []byte(story))
	dash := writeFile(t, dir, "-format", []byte(story))
	list := writeFile(t, dir, "list", []byte(a+"\n\n"+b+"\n"))
	sources := func(out string) []string {
		var s []string
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			var r struct{ Source string }
			json.Unmarshal([]byte(l), &r)
			s = append(s, r.Source)
		}
		return s
	}
	for _, tc := range []struct {
		name string
		args []string
		want []string
	}{
		{"flags after files", []string{a, "-format", "jsonl", b}, []string{a, b}},
		{"flags after --", []string{"-format", "jsonl", "--", a, dash}, []string{a, dash}},
		{"directory", []string{dir, "-format=jsonl"}, []string{a, b}}, // "-format" and notes.md are not .txt or .html
		{"-files", []string{"-files", list, "-format", "jsonl", a}, []string{a, a, b}},
	} {
		out, stderr, st := runCLI(t, tc.args...)
		if got := sources(out); st != 0 || strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%s: verdict %q: status %d, sources %q; want %q (stderr %q)", tc.name, tc.args, st, got, tc.want, stderr)
		}
	}
	if _, stderr, st := runCLI(t, t.TempDir()); st != 2 || !strings.Contains(stderr, "no inputs") {
		t.Errorf("an empty directory: status %d, %q; want a usage error saying there are no inputs", st, stderr)
	}
	var out, errb bytes.Buffer
	if st := run([]string{"-", "-format", "jsonl"}, strings.NewReader(story), &out, &errb); st != 0 || !strings.HasPrefix(out.String(), `{"source":"-"`) {
		t.Errorf("verdict - -format jsonl: status %d, %.40q, %s", st, out.String(), errb.String())
	}
}

// TestHelpVersionAndErrors wants "verdict help" and -version on standard output, and
// messages that say what a flag wants.
func TestHelpVersionAndErrors(t *testing.T) {
	out, _, st := runCLI(t, "help")
	if st != 0 || !strings.Contains(out, "-offsets") || !strings.Contains(out, "verdict eval") {
		t.Errorf("verdict help: status %d, %q", st, out)
	}
	out, _, st = runCLI(t, "-version")
	if st != 0 || !strings.HasPrefix(out, "verdict ") {
		t.Errorf("verdict -version: status %d, %q", st, out)
	}
	for flag, want := range map[string]string{
		"-date=yesterday": "YYYY-MM-DD, such as 2024-03-05",
		"-offsets=chars":  "bytes, runes or utf16",
		"-max=0":          "at least 1 byte",
	} {
		_, stderr, st := runCLI(t, flag, "-")
		if st != 2 || !strings.Contains(stderr, want) || strings.Contains(stderr, "2006-01-02") {
			t.Errorf("verdict %s: status %d, %q; want status 2 and %q", flag, st, stderr, want)
		}
	}
}

func utf16le(s string) []byte {
	b := []byte{0xff, 0xfe}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

// TestEncodings wants UTF-16 and windows-1252 input read in their encodings, the
// record to carry the converted text its spans index, and binary input refused.
func TestEncodings(t *testing.T) {
	dir := t.TempDir()
	cafe := "Café Brackenfold Nursery in Lower Haddon has been rated \"good\" by Ofsted.\n"
	latin := []byte(strings.ReplaceAll(cafe, "é", "\xe9"))
	pg := append([]byte("<html><head><meta charset=\"windows-1252\"><title>Inspection</title></head><body><article><p>"), latin...)
	pg = append(pg, "</p></article></body></html>"...)
	for name, data := range map[string][]byte{
		"utf16.txt":  utf16le(cafe),
		"latin1.txt": latin,
		"page.html":  pg,
	} {
		path := writeFile(t, dir, name, data)
		out, stderr, st := runCLI(t, "-format", "jsonl", path)
		var rec struct {
			Charset, Text string
			Judgements    []struct {
				Text string
				Span struct{ Start, End int }
			}
		}
		if err := json.Unmarshal([]byte(out), &rec); err != nil || st != 0 {
			t.Fatalf("%s: status %d, %v, %s", name, st, err, stderr)
		}
		if !strings.Contains(rec.Text, "Café Brackenfold") || rec.Charset == "" || len(rec.Judgements) == 0 {
			t.Errorf("%s: charset %q, text %q, %d judgements", name, rec.Charset, rec.Text, len(rec.Judgements))
		}
		for _, j := range rec.Judgements {
			if rec.Text[j.Span.Start:j.Span.End] != j.Text {
				t.Errorf("%s: span %v of the converted text is %q, not %q", name, j.Span, rec.Text[j.Span.Start:j.Span.End], j.Text)
			}
		}
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	out, stderr, st := runCLI(t, "-format", "jsonl", exe)
	if st != 1 || !strings.Contains(stderr, "binary") || !strings.Contains(out, `"error":`) {
		t.Errorf("a program: status %d, %q, %.80q; want status 1 and a binary-input error", st, stderr, out)
	}
}

// TestMaxWhileReading wants 2 GB on standard input over -max refused within 50 MB of
// allocation, having read little more than -max (so in time proportional to -max, not
// to the input; timings are not asserted on a shared machine).
func TestMaxWhileReading(t *testing.T) {
	in := &endless.Reader{N: 2 << 30}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var out, errb bytes.Buffer
	st := run([]string{"-max", "8000000", "-"}, in, &out, &errb)
	runtime.ReadMemStats(&after)
	if st != 1 || !strings.Contains(errb.String(), "over the limit") {
		t.Errorf("status %d, %q; want 1 and an over-the-limit error", st, errb.String())
	}
	if after.TotalAlloc-before.TotalAlloc > 50<<20 || 2<<30-in.N > 8100000 {
		t.Errorf("allocated %d MB, read %d bytes", (after.TotalAlloc-before.TotalAlloc)>>20, 2<<30-in.N)
	}
}

// TestMaxRedirected wants a regular file on standard input over -max refused by its
// size, before a byte of it is read: a 2 GB file given as "verdict - < file" costs no
// more than one named on the command line.
func TestMaxRedirected(t *testing.T) {
	name := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(name, bytes.Repeat([]byte(story), 20), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out, errb bytes.Buffer
	st := run([]string{"-max", "1000", "-"}, f, &out, &errb)
	if st != 1 || !strings.Contains(errb.String(), "over the limit") {
		t.Errorf("status %d, %q; want 1 and an over-the-limit error", st, errb.String())
	}
	if at, err := f.Seek(0, io.SeekCurrent); err != nil || at != 0 {
		t.Errorf("read %d bytes (%v) before refusing; want none", at, err)
	}
}

// TestOffsets wants -offsets runes and utf16 to count characters, so that a client
// in another language can slice its own string with the spans.
func TestOffsets(t *testing.T) {
	in := "Café ☕ 𝄞 news. " + story
	for unit, slice := range map[string]func(s string, a, b int) string{
		"runes": func(s string, a, b int) string { return string([]rune(s)[a:b]) },
		"utf16": func(s string, a, b int) string { return string(utf16.Decode(utf16.Encode([]rune(s))[a:b])) },
	} {
		var out, errb bytes.Buffer
		run([]string{"-format", "jsonl", "-offsets", unit}, strings.NewReader(in), &out, &errb)
		var rec struct {
			Offsets    string
			Judgements []struct {
				Text string
				Span struct{ Start, End int }
			}
		}
		if err := json.Unmarshal(out.Bytes(), &rec); err != nil || rec.Offsets != unit || len(rec.Judgements) == 0 {
			t.Fatalf("%s: %v, offsets %q, %d judgements: %s", unit, err, rec.Offsets, len(rec.Judgements), errb.String())
		}
		for _, j := range rec.Judgements {
			if got := slice(in, j.Span.Start, j.Span.End); got != j.Text {
				t.Errorf("%s: [%d,%d) is %q; want %q", unit, j.Span.Start, j.Span.End, got, j.Text)
			}
		}
	}
}

// TestMetadataDate wants a page whose text gives no publication date to get the one
// its metadata gives, marked as such, and a page whose text gives one to keep it.
func TestMetadataDate(t *testing.T) {
	body := strings.Repeat("<p>Inspectors found that children at Brackenfold Nursery in Lower Haddon were happy and safe, and that staff knew them well, the report said.</p>", 4)
	for _, tc := range []struct{ name, head, want string }{
		{"open graph", `<meta property="article:published_time" content="2024-06-11T08:00:00+01:00">`, "2024-06-11"},
		{"JSON-LD", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2024-06-12"}</script>`, "2024-06-12"},
		{"time element", ``, "2024-06-13"},
	} {
		pg := "<html><head><title>Nursery rated good</title>" + tc.head + "</head><body><article><h1>Nursery rated good</h1>"
		if tc.name == "time element" {
			pg += `<time datetime="2024-06-13">13 June</time>`
		}
		pg += body + "</article></body></html>"
		var out, errb bytes.Buffer
		run([]string{"-html", "-format", "jsonl"}, strings.NewReader(pg), &out, &errb)
		var rec struct {
			MetadataDate *struct{ Role, Value, From string } `json:"metadata_date"`
		}
		if err := json.Unmarshal(out.Bytes(), &rec); err != nil || rec.MetadataDate == nil || rec.MetadataDate.Value != tc.want || rec.MetadataDate.Role != "published" {
			t.Errorf("%s: %v, %+v; want a published metadata date %s (%s)", tc.name, err, rec.MetadataDate, tc.want, errb.String())
		}
	}
}

// TestRecordKeysInSchema wants every key a record can carry, with all its extras, to
// be one the Report's JSON Schema allows, so that clients validating against it (the
// server serves it) accept the command's records.
func TestRecordKeysInSchema(t *testing.T) {
	var schema struct{ Properties map[string]json.RawMessage }
	if err := json.Unmarshal(extract.Schema, &schema); err != nil {
		t.Fatal(err)
	}
	pg := "<html><head><meta charset=windows-1252><title>Nursery rated good</title>" +
		`<meta property="article:published_time" content="2024-06-11"></head><body><article>` +
		strings.Repeat("<p>Caf\xe9 Brackenfold Nursery in Lower Haddon has been rated \"good\" by Ofsted, and inspectors found children happy and safe.</p>", 3) +
		"</article></body></html>"
	var out, errb bytes.Buffer
	run([]string{"-html", "-format", "jsonl", "-offsets", "utf16"}, strings.NewReader(pg), &out, &errb)
	var rec map[string]json.RawMessage
	if err := json.Unmarshal(out.Bytes(), &rec); err != nil {
		t.Fatalf("%v: %s", err, errb.String())
	}
	for _, k := range []string{"source", "charset", "offsets", "metadata_date", "text"} {
		if _, ok := rec[k]; !ok {
			t.Errorf("the record lacks %q, which this page should give", k)
		}
	}
	for k := range rec {
		if _, ok := schema.Properties[k]; !ok {
			t.Errorf("record key %q is not in the schema", k)
		}
	}
}

// TestTaggerFlag wants -tagger=false to reach the library: a name whose given name no
// list knows, beside a role, is read with the tagger and missed without it.
func TestTaggerFlag(t *testing.T) {
	const story = "Ofsted rated the nursery good.\n\nZephyrine Aldous-Moore – the nursery's manager – said the staff were delighted.\n"
	officials := func(args ...string) string {
		var out, errb bytes.Buffer
		if st := run(append(args, "-format", "jsonl", "-"), strings.NewReader(story), &out, &errb); st != 0 {
			t.Fatalf("verdict %q: status %d, %s", args, st, errb.String())
		}
		return out.String()
	}
	if on := officials(); !strings.Contains(on, `"name":"Zephyrine Aldous-Moore"`) {
		t.Errorf("with the tagger (the default), the head is not an official: %s", on)
	}
	if off := officials("-tagger=false"); strings.Contains(off, `"name":"Zephyrine Aldous-Moore"`) {
		t.Errorf("-tagger=false still reads the name no list knows: %s", off)
	}
}
