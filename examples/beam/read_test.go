package main

import (
	"bufio"
	"io"
	"strings"
	"testing"
)

func TestKindOf(t *testing.T) {
	tests := []struct {
		name string
		want fileKind
	}{
		{"crawl/part-0001.jsonl", linesFile},
		{"crawl/part-0001.JSONL.gz", linesFile},
		{"dump.ndjson", linesFile},
		{"page.html", htmlFile},
		{"page.htm.gz", htmlFile},
		{"article.txt", plainFile},
		{"README", plainFile},
	}
	for _, tt := range tests {
		if got := kindOf(tt.name); got != tt.want {
			t.Errorf("kindOf(%q) = %d; want %d", tt.name, got, tt.want)
		}
	}
}

// TestReadLine reads lines through a reader smaller than the limit, so that long lines
// come in several chunks, and checks that only the one over the limit is dropped.
func TestReadLine(t *testing.T) {
	const limit = 40
	lines := []string{"short", strings.Repeat("x", limit), strings.Repeat("y", limit+1), "crlf\r", "", "last"}
	r := bufio.NewReaderSize(strings.NewReader(strings.Join(lines, "\n")), 16)
	want := []struct {
		line string
		long bool
	}{
		{"short", false}, {strings.Repeat("x", limit), false}, {"", true}, {"crlf", false}, {"", false}, {"last", false},
	}
	for i, w := range want {
		line, long, err := readLine(r, limit)
		if string(line) != w.line || long != w.long {
			t.Errorf("line %d: readLine = %q, long %v; want %q, long %v", i+1, line, long, w.line, w.long)
		}
		if last := i == len(want)-1; (err == io.EOF) != last || (err != nil && err != io.EOF) {
			t.Errorf("line %d: err = %v; want io.EOF only after the last line", i+1, err)
		}
	}
}
