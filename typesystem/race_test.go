//go:build race

package typesystem

// raceEnabled is true when the race detector slows the tests down.
const raceEnabled = true
