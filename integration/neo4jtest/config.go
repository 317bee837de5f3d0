package neo4jtest

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"time"
)

// Environment variables read by ConfigFromEnv.
const (
	EnvURI          = "NEO4J_URI"
	EnvUser         = "NEO4J_USER"
	EnvPassword     = "NEO4J_PASSWORD"
	EnvRequire      = "REQUIRE_NEO4J"
	EnvCI           = "CI"
	EnvStartTimeout = "NEO4J_START_TIMEOUT"
	EnvLauncherDir  = "NEO4J_LAUNCHER_DIR"
	EnvJavaHome     = "JAVA_HOME"
	EnvDockerImage  = "NEO4J_TEST_IMAGE"
)

// DefaultStartTimeout bounds the wait for the launcher to accept Bolt connections. Start
// took 5 to 19 s on a busy 2-core machine; the margin is for slower or busier machines.
const DefaultStartTimeout = 180 * time.Second

// DefaultDockerImage is the image used when neither NEO4J_URI nor the launcher applies.
const DefaultDockerImage = "neo4j:5.26"

// Config selects where Start finds a Neo4j, or how it starts one.
type Config struct {
	// URI of a running Neo4j; when set, nothing is started.
	URI string
	// User for URI; empty means no authentication.
	User string
	// Password for URI. Without URI, a non-empty password enables authentication in the
	// launcher, for user neo4j, with this password (at least 8 characters).
	Password string
	// Required makes Main fail, not skip, when no Neo4j can be had.
	Required bool
	// StartTimeout bounds the wait for a started launcher to accept connections.
	StartTimeout time.Duration
	// LauncherDir is integration/launcher; empty means it was not found.
	LauncherDir string
	// Java is the java command used to run the launcher.
	Java string
	// DockerImage is the repository:tag of the Docker fallback.
	DockerImage string
}

// ConfigFromEnv builds a Config from environment variables read through getenv
// (os.Getenv in tests). The launcher directory is NEO4J_LAUNCHER_DIR, or else
// integration/launcher in the module that contains the working directory.
func ConfigFromEnv(getenv func(string) string) (Config, error) {
	cfg := Config{
		URI:          getenv(EnvURI),
		User:         getenv(EnvUser),
		Password:     getenv(EnvPassword),
		StartTimeout: DefaultStartTimeout,
		LauncherDir:  getenv(EnvLauncherDir),
		Java:         "java",
		DockerImage:  DefaultDockerImage,
	}

	if cfg.URI != "" {
		if err := checkURI(cfg.URI); err != nil {
			return Config{}, err
		}
	}
	if cfg.URI == "" && cfg.Password != "" && len(cfg.Password) < 8 {
		return Config{}, fmt.Errorf("%w: %s has %d characters; the launcher needs at least 8",
			ErrInvalidConfig, EnvPassword, len(cfg.Password))
	}

	required, err := parseRequire(getenv(EnvRequire))
	if err != nil {
		return Config{}, err
	}
	// CI is set by many CI systems with differing values; only a true value counts.
	ci, _ := strconv.ParseBool(getenv(EnvCI))
	cfg.Required = required || ci

	if value := getenv(EnvStartTimeout); value != "" {
		seconds, err := strconv.Atoi(value)
		if err != nil || seconds <= 0 {
			return Config{}, fmt.Errorf("%w: %s=%q is not a positive number of seconds",
				ErrInvalidConfig, EnvStartTimeout, value)
		}
		cfg.StartTimeout = time.Duration(seconds) * time.Second
	}

	if home := getenv(EnvJavaHome); home != "" {
		cfg.Java = filepath.Join(home, "bin", "java")
	}
	if image := getenv(EnvDockerImage); image != "" {
		cfg.DockerImage = image
	}
	if cfg.LauncherDir == "" {
		if wd, err := os.Getwd(); err == nil {
			cfg.LauncherDir = findLauncherDir(wd)
		}
	}
	return cfg, nil
}

// checkURI accepts the Bolt URI schemes of the Go driver with a host.
func checkURI(raw string) error {
	parsed, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("%w: %s=%q: %w", ErrInvalidConfig, EnvURI, raw, err)
	}
	switch parsed.Scheme {
	case "bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc":
	default:
		return fmt.Errorf("%w: %s=%q has scheme %q; use bolt://host:port",
			ErrInvalidConfig, EnvURI, raw, parsed.Scheme)
	}
	if parsed.Hostname() == "" {
		return fmt.Errorf("%w: %s=%q has no host; use bolt://host:port", ErrInvalidConfig, EnvURI, raw)
	}
	return nil
}

func parseRequire(value string) (bool, error) {
	if value == "" {
		return false, nil
	}
	required, err := strconv.ParseBool(value)
	if err != nil {
		return false, fmt.Errorf("%w: %s=%q; use 1 or true to require Neo4j, 0 or false otherwise",
			ErrInvalidConfig, EnvRequire, value)
	}
	return required, nil
}

// findLauncherDir walks up from dir to the directory holding go.mod and returns its
// integration/launcher, or "" when there is no go.mod above dir.
func findLauncherDir(dir string) string {
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "integration", "launcher")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}
