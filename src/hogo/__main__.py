from hogo.cli import main

main()
