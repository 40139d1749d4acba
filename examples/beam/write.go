package main

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"
	"io"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// writeShards writes the lines of col to prefix-SSSSS-of-NNNNN.jsonl files, n of
// them, each written by one worker, so that no single worker writes the whole
// archive's reports. A shard that gets no line writes no file.
func writeShards(s beam.Scope, prefix string, n int, col beam.PCollection) {
	keyed := beam.ParDo(s, &shardFn{Shards: n}, col)
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Shards: n}, beam.GroupByKey(s, keyed))
}

// shardFn keys a line by its shard, a hash of the line.
type shardFn struct {
	Shards int
}

func (f *shardFn) ProcessElement(line string) (int, string) {
	h := fnv.New32a()
	io.WriteString(h, line)
	return int(h.Sum32() % uint32(f.Shards)), line
}

// writeShardFn writes one shard's lines to its file; a retried bundle rewrites the
// same file whole.
type writeShardFn struct {
	Prefix string
	Shards int
}

func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	name := fmt.Sprintf("%s-%05d-of-%05d.jsonl", f.Prefix, shard, f.Shards)
	return writeFile(ctx, name, func(w *bufio.Writer) {
		var line string
		for lines(&line) {
			w.WriteString(line)
			w.WriteByte('\n')
		}
	})
}

// writeTable writes the rows of col, sorted, under header to one CSV file. It is
// driven by an impulse with the rows as a side input, so that a table with no row
// still gets its header.
func writeTable(s beam.Scope, path, header string, col beam.PCollection) {
	beam.ParDo0(s, &writeTableFn{Path: path, Header: header}, beam.Impulse(s), beam.SideInput{Input: col})
}

// writeTableFn writes a small table: the rows are counts, a few thousand at most.
type writeTableFn struct {
	Path   string
	Header string
}

func (f *writeTableFn) ProcessElement(ctx context.Context, _ []byte, rows func(*string) bool) error {
	var all []string
	var row string
	for rows(&row) {
		all = append(all, row)
	}
	slices.Sort(all)
	return writeFile(ctx, f.Path, func(w *bufio.Writer) {
		w.WriteString(f.Header + "\n")
		for _, r := range all {
			w.WriteString(r + "\n")
		}
	})
}

// writeFile creates name on its file system (local or gs://) and fills it with
// fill; a bufio.Writer keeps its first error, returned by Flush.
func writeFile(ctx context.Context, name string, fill func(*bufio.Writer)) error {
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	wc, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(wc)
	fill(w)
	if err := w.Flush(); err != nil {
		wc.Close()
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := wc.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return nil
}
