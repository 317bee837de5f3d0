//go:build integration

package integration

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// buildBinary builds cmd/omrs-neo4j into a temporary folder.
func buildBinary(t *testing.T) string {
	binary := filepath.Join(t.TempDir(), "omrs-neo4j")
	build := exec.Command("go", "build", "-o", binary, "../cmd/omrs-neo4j")
	output, err := build.CombinedOutput()
	require.NoError(t, err, "go build: %s", output)
	return binary
}

// runLoad runs "omrs-neo4j load" on files against the test Neo4j and
// returns its exit code and combined output.
func runLoad(t *testing.T, binary string, files ...string) (int, string) {
	args := append([]string{"load", "--log-format", "text", "--neo4j-uri", neo.URI}, files...)
	command := exec.Command(binary, args...)
	command.Env = append(os.Environ(), "NEO4J_USER="+neo.User, "NEO4J_PASSWORD="+neo.Password)
	output, err := command.CombinedOutput()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return exit.ExitCode(), string(output)
	}
	require.NoError(t, err)
	return 0, string(output)
}

// writeArchive writes a changed copy of a sample archive and returns its path.
func writeArchive(t *testing.T, name string, change func(archive map[string]any)) string {
	data, err := os.ReadFile(archivePath(t, name))
	require.NoError(t, err)
	var archive map[string]any
	require.NoError(t, json.Unmarshal(data, &archive))
	change(archive)
	changed, err := json.Marshal(archive)
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "changed-"+name)
	require.NoError(t, os.WriteFile(path, changed, 0o600))
	return path
}

func TestLoadCommand(t *testing.T) {
	e := newEnv(t)
	binary := buildBinary(t)
	types := archivePath(t, "OpenMetadataTypes.omarchive")
	before := e.fingerprint()

	truncated := filepath.Join(t.TempDir(), "truncated.omarchive")
	require.NoError(t, os.WriteFile(truncated, []byte(`{"class": "OpenMetadataArchive", "archiveProperties": {`), 0o600))
	code, output := runLoad(t, binary, types, truncated)
	require.Equal(t, 1, code, output)
	require.Contains(t, output, "truncated.omarchive")
	require.Contains(t, output, "line 1")
	require.Equal(t, before, e.fingerprint(), "a malformed archive stops the load before anything is written")

	badEnum := writeArchive(t, "SimpleAPICatalog.omarchive", func(archive map[string]any) {
		entity := archive["archiveInstanceStore"].(map[string]any)["entities"].([]any)[3].(map[string]any)
		entity["status"] = "SLEEPING"
	})
	code, output = runLoad(t, binary, badEnum)
	require.Equal(t, 1, code, output)
	require.Contains(t, output, "archiveInstanceStore.entities[3]")
	require.Contains(t, output, "SLEEPING")
	require.Equal(t, before, e.fingerprint())

	unknownProperty := writeArchive(t, "SimpleAPICatalog.omarchive", func(archive map[string]any) {
		entity := archive["archiveInstanceStore"].(map[string]any)["entities"].([]any)[2].(map[string]any)
		values := entity["properties"].(map[string]any)["instanceProperties"].(map[string]any)
		values["noSuchAttribute"] = values["qualifiedName"]
	})
	code, output = runLoad(t, binary, unknownProperty)
	require.Equal(t, 1, code, output)
	require.Contains(t, output, "archiveInstanceStore.entities[2]")
	require.Contains(t, output, "noSuchAttribute")
	require.Contains(t, output, "1 instances were rejected")
	require.Equal(t, int64(9), e.count("MATCH (n:Entity) WHERE NOT n:EntityProxy RETURN count(n) AS count", nil),
		"the other nine entities are loaded")

	code, output = runLoad(t, binary, archivePath(t, "SimpleAPICatalog.omarchive"))
	require.Equal(t, 0, code, output)
	require.Equal(t, int64(10), e.count("MATCH (n:Entity) WHERE NOT n:EntityProxy RETURN count(n) AS count", nil))
}
