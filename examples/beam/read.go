package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
)

// Record is one input: a whole file, or one line of a JSON Lines file.
type Record struct {
	Source string // the file, the record's "url", or file:line when it has none
	Text   string // the text, or the page when HTML is set
	HTML   bool
}

// jsonRecord is one line of a JSON Lines input.
type jsonRecord struct {
	URL  string `json:"url"`
	Text string `json:"text"`
	HTML string `json:"html"`
}

// fileKind is how a file's content is read.
type fileKind uint8

const (
	plainFile fileKind = iota // one text
	htmlFile                  // one web page
	linesFile                 // JSON Lines, one record a line
)

// kindOf tells a file's kind by its extension, under a compression suffix.
func kindOf(name string) fileKind {
	name = strings.TrimSuffix(strings.ToLower(name), ".gz")
	switch path.Ext(name) {
	case ".jsonl", ".ndjson", ".json":
		return linesFile
	case ".html", ".htm":
		return htmlFile
	}
	return plainFile
}

// readFn turns each file into Records; a file or line that cannot be read goes to the
// dead letters with the reason.
type readFn struct {
	MaxSize int
}

func (f *readFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(Record), dead func(string)) {
	dead = counted(ctx, dead)
	name := file.Metadata.Path
	rc, err := file.Open(ctx)
	if err != nil {
		dead(deadLetter(name, err.Error()))
		return
	}
	defer rc.Close()
	if kind := kindOf(name); kind != linesFile {
		f.readWhole(name, kind, rc, emit, dead)
		return
	}
	if err := f.readLines(name, rc, emit, dead); err != nil {
		dead(deadLetter(name, err.Error()))
	}
}

// readWhole reads a file as one text or page.
func (f *readFn) readWhole(name string, kind fileKind, r io.Reader, emit func(Record), dead func(string)) {
	data, err := io.ReadAll(io.LimitReader(r, int64(f.MaxSize)+1))
	switch {
	case err != nil:
		dead(deadLetter(name, err.Error()))
	case len(data) > f.MaxSize:
		dead(deadLetter(name, tooLarge(f.MaxSize)))
	default:
		emit(Record{Source: name, Text: string(data), HTML: kind == htmlFile})
	}
}

// readLines reads a JSON Lines file; its error is one that stops the reading.
func (f *readFn) readLines(name string, r io.Reader, emit func(Record), dead func(string)) error {
	br := bufio.NewReaderSize(r, 64<<10)
	limit := lineLimit(f.MaxSize)
	for n := 1; ; n++ {
		line, long, err := readLine(br, limit)
		src := fmt.Sprintf("%s:%d", name, n)
		switch {
		case long:
			dead(deadLetter(src, tooLarge(f.MaxSize)))
		case len(bytes.TrimSpace(line)) > 0:
			f.decode(src, line, emit, dead)
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// lineLimit is the longest JSON line kept: JSON escapes make a line longer than its
// text, so the text's own limit is checked again after decoding.
func lineLimit(maxSize int) int { return 2*maxSize + 64<<10 }

// decode turns one JSON line into a Record named by its url, or by src without one.
func (f *readFn) decode(src string, line []byte, emit func(Record), dead func(string)) {
	var jr jsonRecord
	if err := json.Unmarshal(line, &jr); err != nil {
		dead(deadLetter(src, "not a JSON object: "+err.Error()))
		return
	}
	if jr.URL != "" {
		src = jr.URL
	}
	rec := Record{Source: src, Text: jr.Text}
	if jr.Text == "" {
		rec.Text, rec.HTML = jr.HTML, true
	}
	switch {
	case rec.Text == "":
		dead(deadLetter(src, `no "text" or "html"`))
	case len(rec.Text) > f.MaxSize:
		dead(deadLetter(src, tooLarge(f.MaxSize)))
	default:
		emit(rec)
	}
}

// readLine reads one line without its newline. A line longer than limit is read to
// its end but not kept, and long is true. err is io.EOF after the last line.
func readLine(r *bufio.Reader, limit int) (line []byte, long bool, err error) {
	for {
		chunk, err := r.ReadSlice('\n')
		if !long && len(line)+len(chunk) <= limit+1 {
			line = append(line, chunk...)
		} else {
			long, line = true, nil
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return trimNewline(line), long, err
	}
}

func trimNewline(b []byte) []byte {
	return bytes.TrimSuffix(bytes.TrimSuffix(b, []byte("\n")), []byte("\r"))
}

func tooLarge(limit int) string { return fmt.Sprintf("over the limit of %d bytes", limit) }

// deadLetter is the JSON line that records why an input was not done.
func deadLetter(source, reason string) string {
	b, _ := json.Marshal(struct {
		Source string `json:"source"`
		Reason string `json:"reason"`
	}{source, reason})
	return string(b)
}
