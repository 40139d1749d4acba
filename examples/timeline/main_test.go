package main

import (
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunCorpus(t *testing.T) {
	svgPath := filepath.Join(t.TempDir(), "out.svg")
	var stdout, stderr strings.Builder
	if err := run("../../testdata/corpus", svgPath, &stdout, &stderr); err != nil {
		t.Fatalf("run: %v; stderr: %s", err, stderr.String())
	}
	var tameside string
	for _, line := range strings.Split(stdout.String(), "\n") {
		if strings.HasPrefix(line, "Tameside  ") { // the subject column, not "Tameside MBC"
			tameside = line
		}
	}
	if tameside == "" {
		t.Fatalf("no row for Tameside:\n%s", stdout.String())
	}
	for _, want := range []string{"2023-12 (inspection)", "inadequate", "requires improvement (2019)"} {
		if !strings.Contains(tameside, want) {
			t.Errorf("Tameside row %q lacks %q", tameside, want)
		}
	}

	f, err := os.Open(svgPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dec := xml.NewDecoder(f)
	polylines, legend := 0, false
	texts := map[string]bool{}
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("the SVG is not well-formed XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if tok.Name.Local == "polyline" {
				polylines++
			}
		case xml.CharData:
			legend = legend || string(tok) == "Tameside"
			texts[string(tok)] = true
		}
	}
	if polylines == 0 || !legend {
		t.Errorf("SVG has %d polylines, Tameside labelled: %v", polylines, legend)
	}
	// A panel per scale, named, with its grade names on its axis; the subjects whose
	// grades have no year listed below.
	for _, want := range []string{"Ofsted grades", "CQC grades", "requires improvement"} {
		if !texts[want] {
			t.Errorf("the chart has no text %q", want)
		}
	}
	if texts["reasonably good"] {
		t.Errorf("the chart has a panel for HM Inspectorate of Prisons, which no text grades")
	}
}

func TestRowsSorted(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"a.txt": "Ofsted has rated Borchester Council's children's services 'inadequate'. It was previously rated 'good' in 2019.",
		"b.txt": "Ofsted has rated Abbeytown Council's children's services 'good'.",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var stdout, stderr strings.Builder
	svgPath := filepath.Join(t.TempDir(), "out.svg")
	if err := run(dir, svgPath, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	// Neither current grade has a date: both are listed below the chart.
	if svg, _ := os.ReadFile(svgPath); !strings.Contains(string(svg), ">Abbeytown Council: good (Ofsted grades)<") {
		t.Errorf("the chart does not list Abbeytown Council's undated grade:\n%s", svg)
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[1], "Abbeytown Council") || !strings.HasPrefix(lines[2], "Borchester Council") {
		t.Errorf("table not sorted by subject:\n%s", stdout.String())
	}
	if !strings.Contains(lines[2], "good (2019)") {
		t.Errorf("Borchester row lacks the previous grade: %q", lines[2])
	}
}

func TestRunNoFiles(t *testing.T) {
	var stdout, stderr strings.Builder
	if err := run(t.TempDir(), "", &stdout, &stderr); err == nil {
		t.Error("run on an empty folder succeeded")
	}
}
