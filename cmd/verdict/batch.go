package main

import (
	"fmt"
	"io"
	"sync"

	"github.com/verdictnlp/verdict/extract"
)

// runBatch works on the inputs concurrently and prints their records in input order;
// an input that fails gives an error record, a line on stderr and status 1, and the
// others go on.
func runBatch(ex *extract.Extractor, names []string, rd reader, jobs int, f format, out io.Writer, stderr io.Writer) int {
	type result struct {
		b   []byte
		err error
	}
	results := make([]chan result, len(names))
	for i := range results {
		results[i] = make(chan result, 1)
	}
	work := make(chan int)
	var wg sync.WaitGroup
	for range min(jobs, len(names)) {
		wg.Go(func() {
			for i := range work {
				b, err := recordOf(ex, names[i], rd, f)
				results[i] <- result{b, err}
			}
		})
	}
	go func() {
		for i := range names {
			work <- i
		}
		close(work)
		wg.Wait()
	}()
	out.Write(f.header)
	status := 0
	for i := range names {
		r := <-results[i]
		out.Write(r.b)
		if r.err != nil {
			fmt.Fprintf(stderr, "verdict: %s: %v\n", names[i], r.err)
			status = 1
		}
	}
	return status
}

// recordOf is the output for one input: its record, or its error record and the error.
func recordOf(ex *extract.Extractor, name string, rd reader, f format) ([]byte, error) {
	in, rep, err := rd.process(ex, name)
	defer in.release() // the record is written: its input's budget is no longer needed
	if err == nil {
		var b []byte
		if b, err = f.write(in, rep); err == nil {
			return b, nil
		}
	}
	return f.writeErr(in, err), err
}
