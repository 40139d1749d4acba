//go:build !race

package page_test

// timeScale stretches the time limits of tests under the race detector; without it
// they hold as stated.
const timeScale = 1
