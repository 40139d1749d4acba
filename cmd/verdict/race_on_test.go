//go:build race

package main

// timeScale stretches the time limits of tests under the race detector, which slows
// memory access several times over.
const timeScale = 5
