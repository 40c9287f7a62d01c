from cssw_desktop.cli import main

raise SystemExit(main())
