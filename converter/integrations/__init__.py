"""Optional integrations (each imported only when used): Dask for clusters, Scrapy for crawls."""
