// Command gencorpus writes a synthetic service module for secvet's
// benchmarks.
//
//	go run ./bench/gencorpus -n 200 -o /tmp/corpus200
//
// It then runs `go mod tidy` in the new module so it loads without further
// steps; that needs the Go module proxy or a filled module cache.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"

	"github.com/secvet/secvet/bench/corpus"
)

func main() {
	n := flag.Int("n", 20, "number of `packages` to generate")
	out := flag.String("o", "", "output `directory`; it must not exist yet")
	tidy := flag.Bool("tidy", true, "run go mod tidy in the new module")
	flag.Parse()

	if *out == "" {
		fmt.Fprintln(os.Stderr, "gencorpus: -o is missing; name a directory that does not exist yet")
		os.Exit(2)
	}
	if _, err := os.Stat(*out); err == nil {
		fmt.Fprintf(os.Stderr, "gencorpus: %s already exists; remove it or pick another -o\n", *out)
		os.Exit(2)
	}
	if err := corpus.Generate(*out, *n); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	if *tidy {
		cmd := exec.Command("go", "mod", "tidy")
		cmd.Dir = *out
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			fmt.Fprintln(os.Stderr, "gencorpus: go mod tidy:", err)
			os.Exit(1)
		}
	}
	fmt.Printf("wrote %d packages to %s; expect %d findings per analyzer\n", *n, *out, corpus.Mistakes(*n))
}
