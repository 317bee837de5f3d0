package typesystem

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"
)

// archivesDir returns the directory of the Egeria archives: $OMRS_ARCHIVES_DIR
// or shared/archives next to the repository root.
func archivesDir(t testing.TB) string {
	t.Helper()
	if dir := os.Getenv("OMRS_ARCHIVES_DIR"); dir != "" {
		return dir
	}
	_, file, _, ok := runtime.Caller(0)
	require.True(t, ok, "locate the test source file")
	repoRoot := filepath.Dir(filepath.Dir(file))
	return filepath.Join(repoRoot, "..", "shared", "archives")
}

func archivePath(t testing.TB, name string) string {
	t.Helper()
	path := filepath.Join(archivesDir(t), name)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("archive %s is not available (set OMRS_ARCHIVES_DIR): %v", name, err)
	}
	return path
}

func archiveNames(t testing.TB) []string {
	t.Helper()
	matches, err := filepath.Glob(filepath.Join(archivesDir(t), "*.omarchive"))
	require.NoError(t, err)
	if len(matches) == 0 {
		t.Skip("no archives found (set OMRS_ARCHIVES_DIR)")
	}
	names := make([]string, 0, len(matches))
	for _, m := range matches {
		names = append(names, filepath.Base(m))
	}
	sort.Strings(names)
	return names
}

// genericJSON decodes data into maps, slices and json.Number values.
func genericJSON(t testing.TB, data []byte) any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	require.NoError(t, dec.Decode(&v))
	return v
}

// jsonDifference returns the path of the first difference between two
// generic JSON values, or "" when they are equal.
func jsonDifference(path string, want, got any) string {
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			return fmt.Sprintf("%s: want object, got %T", path, got)
		}
		keys := make([]string, 0, len(w)+len(g))
		for k := range w {
			keys = append(keys, k)
		}
		for k := range g {
			if _, ok := w[k]; !ok {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		for _, k := range keys {
			wv, wok := w[k]
			gv, gok := g[k]
			switch {
			case !wok:
				return fmt.Sprintf("%s.%s: unexpected member %v", path, k, gv)
			case !gok:
				return fmt.Sprintf("%s.%s: missing member, want %v", path, k, wv)
			}
			if d := jsonDifference(path+"."+k, wv, gv); d != "" {
				return d
			}
		}
		return ""
	case []any:
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			return fmt.Sprintf("%s: want array of %d, got %v", path, len(w), got)
		}
		for i := range w {
			if d := jsonDifference(fmt.Sprintf("%s[%d]", path, i), w[i], g[i]); d != "" {
				return d
			}
		}
		return ""
	}
	if !reflect.DeepEqual(want, got) {
		return fmt.Sprintf("%s: want %#v, got %#v", path, want, got)
	}
	return ""
}

// requireSameJSON fails when two JSON documents differ semantically.
func requireSameJSON(t testing.TB, want, got []byte) {
	t.Helper()
	d := jsonDifference("$", genericJSON(t, want), genericJSON(t, got))
	require.Empty(t, d, "JSON differs")
}

func bytesReader(data []byte) *bytes.Reader { return bytes.NewReader(data) }
