// Command verdict extracts judgements, dates, officials, quotes and findings from UK
// public-service inspection coverage and prints them.
//
// Usage:
//
//	verdict [flags] [FILE|DIR ...] [flags]
//	verdict eval [-corpus DIR] [-gold DIR] [-v]
//	verdict help
//
// Flags may come before, between or after the inputs; "--" ends them, so that a file
// named like a flag can follow. With no input, or input "-", verdict reads standard
// input. A directory stands for every .txt, .html and .htm file under it, in lexical
// order; -files names a file (or "-") listing inputs one per line.
//
// Every format prints one record per input, in the order the inputs were given,
// whatever their number:
//
//   - json (the default): each input's Report as an indented JSON object, the objects
//     one after another (a stream that jq or encoding/json's Decoder reads). The object
//     is exactly the library's Report, with "text" and "charset" added when its spans
//     index a text other than the input's bytes (an HTML page's article text, or input
//     converted from another encoding).
//   - jsonl: each input's Report on one line, with its "source" first.
//   - csv: a header, then one row per item (see csvColumns).
//   - text: a summary for people to read, each input under a "== SOURCE" line.
//
// An input that cannot be read or processed still gives a record in its place,
// {"source": ..., "error": ...} in json and jsonl, an "error" row in csv, an "Error:"
// line in text, as well as a line on standard error, and makes the exit status 1 once
// every other input is done. Usage errors exit with status 2.
//
// Input in UTF-16 or a single-byte encoding (by its byte-order mark, its NULs, a
// web page's <meta charset>, or the shape of its bytes) is converted to UTF-8 first;
// the record then carries the converted text, which the spans index, and its charset.
// UTF-8 input is read as it is, and spans index its bytes. An HTML page (a file ending
// .html or .htm, or any input with -html) is read for its article text first. An input
// over -max bytes is refused: a regular file (named, or redirected to standard input) by
// its size before it is read, a pipe as soon as that many bytes have been read.
//
// The command keeps the collector's soft memory limit at 64 MiB plus 7 bytes for every
// input byte being worked on (see heapBudget), unless GOMEMLIMIT is set.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/verdictnlp/verdict/extract"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// options are the command's flags.
type options struct {
	date, format, offsets, files string
	jobs, max                    int
	html, version, tagger        bool
}

func newFlags(o *options, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("verdict", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.date, "date", "", "reference `YYYY-MM-DD` for relative dates (\"today\", \"last month\") in texts that give no publication date")
	fs.IntVar(&o.jobs, "j", runtime.NumCPU(), "number of inputs to work on at once")
	fs.IntVar(&o.max, "max", extract.DefaultMaxInputSize, "largest input in `bytes` (for an HTML page, of the page); reading stops and the input is\nrefused once it passes this")
	fs.BoolVar(&o.html, "html", false, "read every input as an HTML page (files ending .html or .htm always are): the\narticle text is taken from the page, and spans index that text, which the output carries")
	fs.StringVar(&o.format, "format", "json", "output `format`, one record per input whatever their number: json (indented objects one\nafter another), jsonl (one line per input, with its source), csv (one row per item), or text")
	fs.StringVar(&o.offsets, "offsets", "bytes", "`unit` of span offsets: bytes (UTF-8), runes (Unicode code points, as Python counts) or\nutf16 (code units, as JavaScript, Java and C# count)")
	fs.StringVar(&o.files, "files", "", "read input names, one per line, from `FILE` (\"-\" for standard input) as well")
	fs.BoolVar(&o.tagger, "tagger", true, "let prose's part-of-speech tagger confirm names no list knows (its model loads once per\nprocess, about 0.1-0.4 s, on the first input that needs it); -tagger=false leaves the rules alone")
	fs.BoolVar(&o.version, "version", false, "print the version and exit")
	fs.Usage = func() { usage(fs) }
	return fs
}

func usage(fs *flag.FlagSet) {
	w := fs.Output()
	fmt.Fprintf(w, "Usage: verdict [flags] [FILE|DIR ...]\n       verdict eval [-corpus DIR] [-gold DIR] [-v]\n       verdict help\n\n")
	fmt.Fprintf(w, "Reads inspection coverage (standard input when no FILE is given, or FILE is -;\n")
	fmt.Fprintf(w, "every .txt, .html and .htm file under a DIR) and prints what it finds: one record\n")
	fmt.Fprintf(w, "per input, in input order. Flags may also follow the inputs; -- ends the flags.\n")
	fmt.Fprintf(w, "Input in UTF-16 or another charset is converted to UTF-8, and its record carries\n")
	fmt.Fprintf(w, "the converted text, which the spans index. An input that fails gives an error\n")
	fmt.Fprintf(w, "record ({\"source\":...,\"error\":...}) in its place and exit status 1; a usage error 2.\n\n")
	fs.PrintDefaults()
}

// parseArgs parses flags wherever they are among the inputs, up to a "--".
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var names []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return names, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(names, rest...), nil
		}
		names, args = append(names, rest[0]), rest[1:]
	}
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "eval" {
		return runEval(args[1:], stdout, stderr)
	}
	var o options
	fs := newFlags(&o, stderr)
	if len(args) > 0 && args[0] == "help" {
		fs.SetOutput(stdout)
		usage(fs)
		return 0
	}
	names, err := parseArgs(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if o.version {
		fmt.Fprintln(stdout, "verdict", version())
		return 0
	}
	ex, f, status := configure(&o, stderr)
	if status != 0 {
		return status
	}
	list, err := listInputs(names, o.files, stdin)
	if err == nil && len(list) == 0 {
		err = errors.New("no inputs: the directories and lists given hold no .txt, .html or .htm file")
	}
	if err != nil {
		fmt.Fprintf(stderr, "verdict: %v\n", err)
		return 2
	}
	if len(names) == 0 && o.files == "" {
		hintTerminal(stdin, stderr)
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	rd := reader{stdin: stdin, asHTML: o.html, max: o.max, offsets: o.offsets, budget: newHeapBudget()}
	return runBatch(ex, list, rd, o.jobs, f, out, stderr)
}

// configure checks the flags and builds the Extractor and the output format; a usage
// error is reported on stderr and gives status 2.
func configure(o *options, stderr io.Writer) (*extract.Extractor, format, int) {
	fail := func(msg string, a ...any) (*extract.Extractor, format, int) {
		fmt.Fprintf(stderr, "verdict: "+msg+"\n", a...)
		return nil, format{}, 2
	}
	opts := []extract.Option{}
	if o.date != "" {
		t, err := time.Parse(time.DateOnly, o.date)
		if err != nil {
			return fail("-date %q: want a day written YYYY-MM-DD, such as 2024-03-05", o.date)
		}
		opts = append(opts, extract.WithReferenceDate(t))
	}
	if o.jobs < 1 {
		return fail("-j %d: want at least 1 input at once", o.jobs)
	}
	if o.max < 1 {
		return fail("-max %d: want a size of at least 1 byte", o.max)
	}
	f, ok := formats[o.format]
	if !ok {
		return fail("-format %q: want json, jsonl, csv or text", o.format)
	}
	if _, ok := offsetUnits[o.offsets]; !ok {
		return fail("-offsets %q: want bytes, runes or utf16", o.offsets)
	}
	ex, err := extract.New(append(opts, extract.WithMaxInputSize(o.max), extract.WithTagger(o.tagger))...)
	if err != nil {
		return fail("%v", err)
	}
	return ex, f, 0
}

// version is the module version the binary was built from ("(devel)" for a build in
// a checkout), with the VCS revision when the build recorded one.
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := bi.Main.Version
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " " + s.Value[:12]
		}
	}
	return strings.TrimSpace(v)
}

// hintTerminal tells someone who ran verdict with no input at a terminal that it is
// waiting for them to type, and how to stop.
func hintTerminal(stdin io.Reader, stderr io.Writer) {
	f, ok := stdin.(*os.File)
	if !ok {
		return
	}
	if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
		fmt.Fprintln(stderr, "verdict: reading the text from the terminal; end it with Ctrl-D (Ctrl-Z on Windows), or see verdict help")
	}
}
