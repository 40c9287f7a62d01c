.PHONY: run test bench installer
run:     ## set up and start the app
	@scripts/run
test:    ## set up and run ruff, mypy, every test, then build and smoke-test the frozen app (ARGS: pytest's)
	@scripts/test $(ARGS)
bench:   ## run the benchmarks (prints name: value lines, writes bench/results.json)
	@bench/run
installer:  ## build the frozen app (dist/cssw-desktop/) and smoke-test it
	@installer/build && scripts/with-keyring installer/smoke
