import "./styles.css";
import { boot } from "./boot";

const root = document.getElementById("orbis-root");
if (!root) throw new Error("index.html has no #orbis-root element");
void boot(root);
