import sys

from svodka.cli import main

sys.exit(main())
