// Package apperror reports HTTP error answers written outside the team's
// AppError type.
package apperror

const doc = `report HTTP error answers written outside AppError

TODO`
