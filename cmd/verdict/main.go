// Command verdict extracts judgements, dates, officials, quotes and findings from UK
// public-service inspection coverage and prints them as JSON.
//
// Usage:
//
//	verdict [flags] [FILE ...]
//	verdict eval [-corpus DIR] [-gold DIR] [-v]
//
// With no FILE, or FILE "-", verdict reads standard input. One input prints its Report as
// indented JSON; several print one compact JSON object per line, each with a "source"
// field, in the order the files were given. A file that cannot be read or processed
// gives an error line on standard error and a non-zero exit status once every other file
// is done.
//
// An HTML page (a file ending .html or .htm, or any input with -html) is read for its
// article text first; the Report's spans then index that text, which JSON output gives
// in a "text" field.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/internal/eval"
	"github.com/verdictnlp/verdict/page"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "eval" {
		return runEval(args[1:], stdout, stderr)
	}
	fs := flag.NewFlagSet("verdict", flag.ContinueOnError)
	fs.SetOutput(stderr)
	date := fs.String("date", "", "reference `YYYY-MM-DD` for relative dates (\"today\", \"last month\") in texts that give no publication date")
	jobs := fs.Int("j", runtime.NumCPU(), "number of files to work on at once")
	maxSize := fs.Int("max", extract.DefaultMaxInputSize, "largest input in `bytes` (for an HTML page, of the page and of its text); a larger file is an error")
	asHTML := fs.Bool("html", false, "read every input as an HTML page (files ending .html or .htm always are): the\narticle text is taken from the page, and spans index that text, which JSON output\ncarries in a \"text\" field")
	format := fs.String("format", "", "output `format`: json (indented; an array for several inputs), jsonl (one line per input),\ncsv (one row per judgement, date, official, quote and finding, with source and span), or text;\nthe default is json for one input and jsonl for several")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: verdict [flags] [FILE ...]\n       verdict eval [-corpus DIR] [-gold DIR] [-v]\n\n")
		fmt.Fprintf(stderr, "Reads inspection coverage (standard input when no FILE or FILE is -) and prints\n")
		fmt.Fprintf(stderr, "what it finds: by default one indented JSON object for one input, one JSON line\n")
		fmt.Fprintf(stderr, "per input (with a \"source\" field) for several. Flags:\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	opts := []extract.Option{extract.WithMaxInputSize(*maxSize)}
	if *date != "" {
		t, err := time.Parse("2006-01-02", *date)
		if err != nil {
			fmt.Fprintf(stderr, "verdict: -date: %v\n", err)
			return 2
		}
		opts = append(opts, extract.WithReferenceDate(t))
	}
	if *jobs < 1 {
		fmt.Fprintf(stderr, "verdict: -j must be at least 1\n")
		return 2
	}
	ex, err := extract.New(opts...)
	if err != nil {
		fmt.Fprintf(stderr, "verdict: %v\n", err)
		return 2
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	f, ok := formats[*format]
	if *format == "" {
		f = formats["json"]
		if len(files) > 1 {
			f = formats["jsonl"]
		}
	} else if !ok {
		fmt.Fprintf(stderr, "verdict: -format %q: want json, jsonl, csv or text\n", *format)
		return 2
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	return runBatch(ex, files, inputs{stdin, *asHTML, *maxSize}, *jobs, f, out, stderr)
}

// runBatch works on files concurrently and prints their results in input order; a
// file that fails gives an error line on stderr and status 1, and the others go on.
func runBatch(ex *extract.Extractor, files []string, in inputs, jobs int, f format, out io.Writer, stderr io.Writer) int {
	type result struct {
		b   []byte
		err error
	}
	results := make([]chan result, len(files))
	for i := range results {
		results[i] = make(chan result, 1)
	}
	work := make(chan int)
	var wg sync.WaitGroup
	for range min(jobs, len(files)) {
		wg.Go(func() {
			for i := range work {
				b, err := processFile(ex, files[i], in, f, len(files) > 1)
				results[i] <- result{b, err}
			}
		})
	}
	go func() {
		for i := range files {
			work <- i
		}
		close(work)
		wg.Wait()
	}()
	status, written := 0, 0
	multi := len(files) > 1 && f.multi != nil
	if multi {
		out.Write(f.multi[0])
	} else {
		out.Write(f.header)
	}
	for i := range files {
		r := <-results[i]
		if r.err != nil {
			fmt.Fprintf(stderr, "verdict: %v\n", r.err)
			status = 1
			continue
		}
		if multi && written > 0 {
			out.Write(f.multi[1])
		}
		out.Write(r.b)
		written++
	}
	if multi {
		out.Write(f.multi[2])
	}
	return status
}

// inputs is how the inputs are read: standard input, whether every input is HTML, and
// the size limit, which an HTML page meets before its text is taken out.
type inputs struct {
	stdin  io.Reader
	asHTML bool
	max    int
}

func processFile(ex *extract.Extractor, name string, src inputs, f format, several bool) ([]byte, error) {
	var data []byte
	var err error
	if name == "-" {
		data, err = io.ReadAll(src.stdin)
	} else {
		data, err = os.ReadFile(name)
	}
	if err != nil {
		return nil, err
	}
	in := input{source: name}
	txt := string(data)
	if ext := strings.ToLower(filepath.Ext(name)); src.asHTML || ext == ".html" || ext == ".htm" {
		txt, err = page.Text(context.Background(), data, src.max)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		in.text = txt
	}
	rep, err := ex.Extract(txt)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	b, err := f.write(in, rep, several)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return b, nil
}

func runEval(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("verdict eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := corpus.Dir()
	corpusDir := fs.String("corpus", filepath.Join(dir, "corpus"), "`DIR` of corpus texts (NAME.txt)")
	goldDir := fs.String("gold", filepath.Join(dir, "gold"), "`DIR` of gold answers (NAME.json)")
	verbose := fs.Bool("v", false, "list every disagreement with the gold")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: verdict eval [-corpus DIR] [-gold DIR] [-v]\n\n")
		fmt.Fprintf(stderr, "Scores the extractor against hand-written gold, field by field.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	cases, err := corpus.Load(*corpusDir, *goldDir)
	if err != nil {
		fmt.Fprintf(stderr, "verdict eval: %v\n", err)
		return 1
	}
	res, err := eval.Run(cases)
	if err != nil {
		fmt.Fprintf(stderr, "verdict eval: %v\n", err)
		return 1
	}
	if res.Texts == 0 {
		fmt.Fprintf(stderr, "verdict eval: no corpus text in %s has gold in %s\n", *corpusDir, *goldDir)
		return 1
	}
	res.Table(stdout)
	if *verbose {
		fmt.Fprintln(stdout)
		for _, m := range res.Mismatch {
			fmt.Fprintln(stdout, m)
		}
	}
	return 0
}
