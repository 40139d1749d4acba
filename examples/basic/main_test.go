package main

import (
	"os"
	"strings"
	"testing"
)

func TestRunFirstSeed(t *testing.T) {
	f, err := os.Open("../../testdata/corpus/000_267091c07c1a288e.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out strings.Builder
	if err := run(f, &out); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"Inspectorate: Ofsted\n",
		"Subject: Tameside (children's services)\n",
		"  overall: inadequate (current)\n",
		"  overall: requires improvement (previous, 2019)\n",
		"  Gerald Cooney (council leader, Tameside): \u201cWe acknowledge and accept this judgement",
		"  [failure] Inspectors criticised a reliance on agency staff to deal with soaring demand.\n",
		"  [positive] Inspectors said children are supported well",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q; got:\n%s", want, got)
		}
	}
}

func TestRunNoInspection(t *testing.T) {
	var out strings.Builder
	if err := run(strings.NewReader("Nothing to see here."), &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Inspectorate: none") || !strings.Contains(out.String(), "Judgements (0):") {
		t.Errorf("unexpected output:\n%s", out.String())
	}
}
