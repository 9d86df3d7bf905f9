// Package jwtverify reports JWT parses that skip or weaken verification.
package jwtverify

const doc = `report JWT parses that skip or weaken verification

TODO`
