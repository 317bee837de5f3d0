package neo4jtest

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func envOf(values map[string]string) func(string) string {
	return func(key string) string { return values[key] }
}

func TestConfigFromEnv(t *testing.T) {
	launcherDir := t.TempDir()
	tests := []struct {
		name string
		env  map[string]string
		want Config
	}{
		{
			name: "defaults without variables",
			env:  map[string]string{},
			want: Config{StartTimeout: DefaultStartTimeout, Java: "java", DockerImage: DefaultDockerImage},
		},
		{
			name: "uri with credentials",
			env:  map[string]string{EnvURI: "bolt://127.0.0.1:7687", EnvUser: "neo4j", EnvPassword: "secret"},
			want: Config{
				URI: "bolt://127.0.0.1:7687", User: "neo4j", Password: "secret",
				StartTimeout: DefaultStartTimeout, Java: "java", DockerImage: DefaultDockerImage,
			},
		},
		{
			name: "neo4j scheme accepted",
			env:  map[string]string{EnvURI: "neo4j://localhost:7687"},
			want: Config{
				URI: "neo4j://localhost:7687", StartTimeout: DefaultStartTimeout, Java: "java", DockerImage: DefaultDockerImage,
			},
		},
		{
			name: "require flag set",
			env:  map[string]string{EnvRequire: "1"},
			want: Config{Required: true, StartTimeout: DefaultStartTimeout, Java: "java", DockerImage: DefaultDockerImage},
		},
		{
			name: "ci true requires",
			env:  map[string]string{EnvCI: "true"},
			want: Config{Required: true, StartTimeout: DefaultStartTimeout, Java: "java", DockerImage: DefaultDockerImage},
		},
		{
			name: "ci with other value ignored",
			env:  map[string]string{EnvCI: "woodpecker"},
			want: Config{StartTimeout: DefaultStartTimeout, Java: "java", DockerImage: DefaultDockerImage},
		},
		{
			name: "overrides for timeout java image launcher",
			env: map[string]string{
				EnvStartTimeout: "45", EnvJavaHome: "/opt/jdk", EnvDockerImage: "neo4j:5.26.7-community",
				EnvLauncherDir: launcherDir,
			},
			want: Config{
				StartTimeout: 45 * time.Second, Java: filepath.Join("/opt/jdk", "bin", "java"),
				DockerImage: "neo4j:5.26.7-community", LauncherDir: launcherDir,
			},
		},
		{
			name: "launcher password without uri",
			env:  map[string]string{EnvPassword: "longenough"},
			want: Config{Password: "longenough", StartTimeout: DefaultStartTimeout, Java: "java", DockerImage: DefaultDockerImage},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ConfigFromEnv(envOf(tt.env))
			require.NoError(t, err)

			if tt.env[EnvLauncherDir] == "" {
				// Found by walking up from the package directory to go.mod.
				require.Equal(t, "launcher", filepath.Base(got.LauncherDir))
				got.LauncherDir = ""
			}
			require.Equal(t, tt.want, got)
		})
	}
}

func TestConfigFromEnvRejects(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		message string
	}{
		{"http scheme", map[string]string{EnvURI: "http://127.0.0.1:7474"}, `has scheme "http"`},
		{"uri without host", map[string]string{EnvURI: "bolt://"}, "has no host"},
		{"unparsable uri", map[string]string{EnvURI: "bolt://[::1"}, `NEO4J_URI="bolt://[::1"`},
		{"require not boolean", map[string]string{EnvRequire: "maybe"}, `REQUIRE_NEO4J="maybe"`},
		{"timeout not number", map[string]string{EnvStartTimeout: "3m"}, `NEO4J_START_TIMEOUT="3m"`},
		{"timeout zero", map[string]string{EnvStartTimeout: "0"}, "not a positive number of seconds"},
		{"short launcher password", map[string]string{EnvPassword: "short"}, "needs at least 8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ConfigFromEnv(envOf(tt.env))

			require.ErrorIs(t, err, ErrInvalidConfig)
			require.ErrorContains(t, err, tt.message)
		})
	}
}

func TestFindLauncherDir(t *testing.T) {
	root := t.TempDir()
	nested := filepath.Join(root, "a", "b")
	require.NoError(t, os.MkdirAll(nested, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(root, "go.mod"), []byte("module example\n"), 0o644))

	require.Equal(t, filepath.Join(root, "integration", "launcher"), findLauncherDir(nested))
	require.Equal(t, filepath.Join(root, "integration", "launcher"), findLauncherDir(root))
}

func TestFindLauncherDirWithoutModule(t *testing.T) {
	require.Empty(t, findLauncherDir(t.TempDir()))
}
