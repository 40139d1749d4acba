package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/internal/eval"
)

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
