"""The bundled demo days' recordings and truth, made by build.py (`make demo-recording`): a tool
that made configs/demo*/ and configs/para-*/, not a stage of a run."""
