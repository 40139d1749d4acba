package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/page"
)

// listInputs expands the names given into the inputs to read, in order: a directory
// gives its .txt, .html and .htm files, recursively and sorted; listFile, when set,
// adds the names it lists one per line ("-" reads them from stdin). No name at all
// means standard input.
func listInputs(names []string, listFile string, stdin io.Reader) ([]string, error) {
	if listFile != "" {
		listed, err := readList(listFile, stdin)
		if err != nil {
			return nil, err
		}
		names = append(names, listed...)
	} else if len(names) == 0 {
		return []string{"-"}, nil
	}
	var out []string
	for _, n := range names {
		st, err := os.Stat(n)
		if n == "-" || err != nil || !st.IsDir() {
			out = append(out, n) // a file that cannot be read fails in its own place
			continue
		}
		files, err := walkDir(n)
		if err != nil {
			return nil, err
		}
		out = append(out, files...)
	}
	return out, nil
}

// readList reads input names, one per line, blank lines skipped.
func readList(name string, stdin io.Reader) ([]string, error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, fmt.Errorf("-files: %w", err)
		}
		defer f.Close()
		r = f
	}
	var names []string
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" {
			names = append(names, line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("-files %s: %w", name, err)
	}
	return names, nil
}

// walkDir lists the .txt, .html and .htm files under dir in lexical order.
func walkDir(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		switch strings.ToLower(filepath.Ext(path)) {
		case ".txt", ".html", ".htm":
			if d.Type().IsRegular() {
				files = append(files, path)
			}
		}
		return nil
	})
	slices.Sort(files)
	return files, err
}

// reader reads inputs: standard input, whether every input is HTML, the size limit,
// met while reading, and the unit of the offsets printed.
type reader struct {
	stdin   io.Reader
	asHTML  bool
	max     int
	offsets string
	budget  *heapBudget
}

// input is where a Report came from: the source name, and, when the spans index a
// text other than the input's bytes, that text and the charset the input was in.
type input struct {
	source  string
	text    string
	charset string
	offsets string
	meta    *metaDate
	release func() // gives back the input's share of the heap budget
}

// load reads the bytes of one input, refusing one over the limit while reading.
func (rd reader) load(name string) ([]byte, error) {
	if name == "-" {
		regular, err := rd.overMax(rd.stdin)
		switch {
		case err != nil:
			return nil, err
		case !regular: // a pipe has no size: read, spilling what is long
			return readPipe(rd.stdin, rd.max)
		}
		return page.ReadAll(rd.stdin, rd.max)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if _, err := rd.overMax(f); err != nil {
		return nil, err
	}
	return page.ReadAll(f, rd.max)
}

// overMax refuses an input that is a regular file over the limit before reading a byte
// of it: a file named on the command line, or one redirected to standard input; it
// says whether r is a regular file. A pipe has no size; readPipe refuses it when it has
// read one byte over the limit.
func (rd reader) overMax(r io.Reader) (regular bool, err error) {
	f, ok := r.(interface{ Stat() (os.FileInfo, error) })
	if !ok {
		return false, nil
	}
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return false, nil
	}
	if st.Size() > int64(rd.max) {
		return true, &extract.SizeError{Size: int(min(st.Size(), 1<<62)), Limit: rd.max}
	}
	return true, nil
}

// process reads one input and extracts its Report.
func (rd reader) process(ex *extract.Extractor, name string) (input, *extract.Report, error) {
	in := input{source: name, offsets: rd.offsets, release: func() {}}
	data, err := rd.load(name)
	if err != nil {
		return in, nil, err
	}
	in.release = rd.budget.hold(len(data))
	ext := strings.ToLower(filepath.Ext(name))
	isHTML := rd.asHTML || ext == ".html" || ext == ".htm"
	dec := page.Decode(data, "", isHTML)
	txt := dec.Text
	if dec.Converted {
		in.text, in.charset = txt, dec.Charset
	}
	if isHTML {
		pg := []byte(dec.Text)
		if txt, err = page.Text(context.Background(), pg, rd.max); err != nil {
			return in, nil, err
		}
		in.text = txt
		in.meta = pageDate(pg)
	}
	rep, err := ex.Extract(txt)
	if err != nil {
		return in, nil, err
	}
	collectAfter(len(txt))
	in.meta = in.meta.unless(rep)
	if err := convertOffsets(rep, txt, rd.offsets); err != nil {
		return in, nil, err
	}
	return in, rep, nil
}
