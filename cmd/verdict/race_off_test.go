//go:build !race

package main

// timeScale stretches the time limits of tests under the race detector; without it
// they hold as stated.
const timeScale = 1
