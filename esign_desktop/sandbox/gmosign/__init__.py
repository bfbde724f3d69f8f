"""The GMO Sign connector API emulation, mounted under /gmosign/customer/."""
