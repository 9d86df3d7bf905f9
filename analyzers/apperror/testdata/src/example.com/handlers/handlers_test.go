package handlers

import (
	"net/http"
	"testing"
)

func TestFakeServer(t *testing.T) {
	_ = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "fake upstream failure", http.StatusBadGateway)
	})
}
