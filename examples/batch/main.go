// Command batch extracts every .txt article under a folder and writes one JSON line
// per article to standard output: the Report with a "source" field naming the file,
// in the order of the sorted paths.
//
// Usage:
//
//	go run ./examples/batch DIR > out.jsonl
//	go run ./examples/batch testdata/corpus > out.jsonl
//
// The files are extracted concurrently by runtime.NumCPU() workers sharing one
// Extractor. When standard error is a terminal it shows a progress bar. A file that
// cannot be read gives an error line on standard error and exit status 1 once every
// other file is done.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/verdictnlp/verdict/extract"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: batch DIR > out.jsonl")
		os.Exit(2)
	}
	os.Exit(run(os.Args[1], os.Stdout, os.Stderr, isTerminal(os.Stderr)))
}

// isTerminal reports whether f is a character device such as a terminal, and not a
// file or a pipe.
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// sourced is a Report with the file it came from.
type sourced struct {
	Source string `json:"source"`
	*extract.Report
}

type result struct {
	line []byte
	err  error
}

// run extracts the .txt files under dir and writes JSON Lines to stdout; it returns
// the exit status: 0, or 1 if any file failed.
func run(dir string, stdout, stderr io.Writer, showProgress bool) int {
	var paths []string
	status := 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil && path == dir:
			return err // the folder itself is missing or unreadable
		case err != nil:
			fmt.Fprintf(stderr, "batch: %v\n", err)
			status = 1
			return nil
		case !d.IsDir() && strings.HasSuffix(path, ".txt"):
			paths = append(paths, path)
		}
		return nil
	})
	if err != nil {
		fmt.Fprintf(stderr, "batch: %v\n", err)
		return 1
	}
	slices.Sort(paths)

	ex, err := extract.New()
	if err != nil {
		fmt.Fprintf(stderr, "batch: %v\n", err)
		return 1
	}
	// One buffered channel per file lets the workers finish in any order while the
	// output is written in path order, as soon as each next result is ready.
	results := make([]chan result, len(paths))
	for i := range results {
		results[i] = make(chan result, 1)
	}
	bar := &progress{w: stderr, on: showProgress, total: len(paths)}
	work := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.NumCPU(), len(paths)) {
		wg.Go(func() {
			for i := range work {
				line, err := process(ex, paths[i])
				results[i] <- result{line, err}
				bar.step()
			}
		})
	}
	go func() {
		for i := range paths {
			work <- i
		}
		close(work)
	}()

	out := bufio.NewWriter(stdout)
	for i := range paths {
		r := <-results[i]
		if r.err != nil {
			bar.errorf("batch: %v\n", r.err)
			status = 1
			continue
		}
		out.Write(r.line)
	}
	wg.Wait()
	bar.finish()
	if err := out.Flush(); err != nil {
		fmt.Fprintf(stderr, "batch: writing output: %v\n", err)
		return 1
	}
	return status
}

// process reads and extracts one file and returns its JSON line.
func process(ex *extract.Extractor, path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err // the error names the path
	}
	rep, err := ex.Extract(string(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(sourced{Source: path, Report: rep}); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return []byte(b.String()), nil
}

// progress draws "[=====     ] 12/46" on one terminal line; error lines written
// through it clear the bar first, so the two do not mix. When off it writes only the
// error lines.
type progress struct {
	mu          sync.Mutex
	w           io.Writer
	on          bool
	done, total int
}

func (p *progress) step() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done++
	p.draw()
}

func (p *progress) errorf(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.on {
		fmt.Fprint(p.w, "\r\033[K") // clear the bar's line
	}
	fmt.Fprintf(p.w, format, args...)
	p.draw()
}

func (p *progress) draw() {
	if !p.on || p.total == 0 {
		return
	}
	const width = 30
	n := width * p.done / p.total
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d", strings.Repeat("=", n), strings.Repeat(" ", width-n), p.done, p.total)
}

func (p *progress) finish() {
	if p.on && p.total > 0 {
		fmt.Fprintln(p.w)
	}
}
