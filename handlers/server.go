package handlers

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
	"github.com/sirupsen/logrus"
)

// Config holds the settings of the REST layer.
type Config struct {
	// ServerName is the only {serverName} path value served. Requests for any
	// other name get an InvalidParameterException about "serverName".
	ServerName string

	// LegacyExceptionPackage selects the Java package of InvalidParameterException
	// and UserNotAuthorizedException: false for Egeria builds from 2025-12-09 on
	// (org.odpi.openmetadata.frameworks.openmetadata.ffdc), true for older peers
	// (org.odpi.openmetadata.repositoryservices.ffdc.exception).
	LegacyExceptionPackage bool

	// MaxBodyBytes is the largest request body accepted, in bytes.
	MaxBodyBytes int64

	// ReadHeaderTimeout bounds the time Start's HTTP server waits for request headers.
	ReadHeaderTimeout time.Duration
}

// DefaultConfig returns the settings used when a field is left at its zero value.
func DefaultConfig() Config {
	return Config{
		// NOTE: a full type gallery sent with addTypeDefGallery is a few MB, so
		// 64 MiB leaves room for large galleries and reference-copy batches.
		MaxBodyBytes:      64 << 20,
		ReadHeaderTimeout: 10 * time.Second,
	}
}

// Server is the Echo application serving the OMRS repository REST API for one
// server name. It is safe for concurrent use once built.
type Server struct {
	cfg    Config
	repo   Repository
	logger *logrus.Entry
	echo   *echo.Echo
}

// New builds a Server with every operation route registered. Zero fields of
// cfg take their DefaultConfig value. A nil logger discards log output.
func New(cfg Config, repo Repository, logger *logrus.Entry) (*Server, error) {
	cfg = withDefaults(cfg)
	if cfg.ServerName == "" {
		return nil, errors.New("create REST server: ServerName is empty; set it to the server name peers use in their URLs")
	}
	if repo == nil {
		return nil, errors.New("create REST server: repository is nil")
	}
	if logger == nil {
		discard := logrus.New()
		discard.SetOutput(io.Discard)
		logger = logrus.NewEntry(discard)
	}

	s := &Server{
		cfg:    cfg,
		repo:   repo,
		logger: logger.WithField("component", "handlers"),
		echo:   echo.New(),
	}
	s.configureEcho()
	if err := s.registerRoutes(); err != nil {
		return nil, fmt.Errorf("create REST server: %w", err)
	}
	return s, nil
}

func withDefaults(cfg Config) Config {
	def := DefaultConfig()
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = def.MaxBodyBytes
	}
	if cfg.ReadHeaderTimeout <= 0 {
		cfg.ReadHeaderTimeout = def.ReadHeaderTimeout
	}
	return cfg
}

func (s *Server) configureEcho() {
	e := s.echo
	e.HideBanner = true
	e.HidePort = true
	e.Logger.SetOutput(io.Discard)
	e.Validator = newValidator()
	e.HTTPErrorHandler = s.handleError
	e.Use(middleware.RecoverWithConfig(middleware.RecoverConfig{
		// Hand the panic to handleError, which logs it once with the stack.
		LogErrorFunc: func(_ echo.Context, err error, stack []byte) error {
			return fmt.Errorf("recover from panic: %w\n%s", err, stack)
		},
	}))
}

// Handler returns the http.Handler that serves every route.
func (s *Server) Handler() http.Handler {
	return s.echo
}

// Echo returns the underlying Echo instance, for callers that add middleware
// such as authentication before the server starts.
func (s *Server) Echo() *echo.Echo {
	return s.echo
}

// Start listens on addr (host:port) and serves requests until Shutdown is
// called. It returns nil after a clean shutdown.
func (s *Server) Start(addr string) error {
	s.logger.WithFields(logrus.Fields{
		"address":                addr,
		"serverName":             s.cfg.ServerName,
		"legacyExceptionPackage": s.cfg.LegacyExceptionPackage,
		"maxBodyBytes":           s.cfg.MaxBodyBytes,
	}).Info("start OMRS REST server")

	s.echo.Server.ReadHeaderTimeout = s.cfg.ReadHeaderTimeout
	err := s.echo.Start(addr)
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("serve OMRS REST API on %s: %w", addr, err)
	}
	return nil
}

// Shutdown stops accepting connections and waits for active requests to
// finish or for ctx to end.
func (s *Server) Shutdown(ctx context.Context) error {
	s.logger.Info("stop OMRS REST server")
	if err := s.echo.Shutdown(ctx); err != nil {
		return fmt.Errorf("shut down OMRS REST server: %w", err)
	}
	return nil
}
