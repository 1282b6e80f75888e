// The page's entry: the overview's request first (first-request.ts runs before the modules imported
// after it), then the explorer's set-up (main.ts). The styles load with the page.
import { initial, overview } from './first-request';
import { start } from './main';
import './styles.css';

void start(initial, overview);
