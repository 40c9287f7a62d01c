.PHONY: run test bench installer
run:     ## set up and start the app
	@scripts/run
test:    ## set up and run ruff, mypy and every test
	@scripts/test
bench:   ## run the benchmarks (prints name: value lines, writes bench/results.json)
	@bench/run
